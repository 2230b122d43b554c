package org.returnport.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.returnport.money.Money;

/**
 * The schemas of the types the API reads and writes, made from the Java types themselves. Payara's
 * scanner only knows the classes of the web module: the domain's records (products, the return
 * policy, queue rows, Money) and enums would be empty objects, and every field of a web record that
 * holds one of them too. Records become objects with a property per component, enums strings of
 * their constants, Money the object with a decimal-string amount; each is a component named as its
 * class (or its {@code @Schema(name)}), made once.
 */
final class ApiSchemas {

  private final Components components;
  private final Set<Class<?>> described = new HashSet<>();

  ApiSchemas(Components components) {
    this.components = components;
  }

  /** The schema of a value of this type: inline for plain values, a reference for our types. */
  Schema of(Type type) {
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)) {
        Schema array =
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(of(generic.getActualTypeArguments()[0]));
        return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(generic.getActualTypeArguments()[1]));
      }
      return of(raw);
    }
    if (!(type instanceof Class<?> clazz)) {
      return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
    if (clazz == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (clazz == int.class || clazz == Integer.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (clazz == long.class || clazz == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (clazz == boolean.class || clazz == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (clazz == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (clazz == Instant.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (clazz == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (ours(clazz)) {
      describe(clazz);
      return OASFactory.createSchema().ref(name(clazz));
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  static boolean ours(Class<?> type) {
    return type.getName().startsWith("org.returnport.") && (type.isRecord() || type.isEnum());
  }

  static String name(Class<?> type) {
    var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
  }

  private void describe(Class<?> type) {
    if (!described.add(type)) {
      return;
    }
    Schema schema;
    if (type == Money.class) {
      schema = money();
    } else if (type.isEnum()) {
      List<Object> constants = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        constants.add(((Enum<?>) constant).name());
      }
      schema = OASFactory.createSchema().type(SchemaType.STRING).enumeration(constants);
    } else {
      schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      for (RecordComponent component : type.getRecordComponents()) {
        schema.addProperty(component.getName(), of(component.getGenericType()));
      }
    }
    components.addSchema(name(type), schema);
  }

  /** Money as {@link MoneyJson} writes and reads it. */
  private static Schema money() {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description(
            "An amount of money. The amount is a decimal string, never a JSON number, so that no"
                + " client turns it into a floating-point number; it has the currency's usual"
                + " decimals (two for EUR, none for JPY), and up to four.")
        .addRequired("amount")
        .addRequired("currency")
        .addProperty(
            "amount",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .pattern("^" + MoneyJson.AMOUNT.pattern() + "$")
                .example("43.05"))
        .addProperty(
            "currency",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("ISO 4217 code")
                .pattern("^[A-Z]{3}$")
                .example("EUR"));
  }

  /**
   * "GET /api/v1/products/{sku}" for a resource method, as the description's paths name it; null
   * for a method that is not one.
   */
  static String route(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String path =
            ("/"
                    + ApiApplication.class.getAnnotation(ApplicationPath.class).value()
                    + "/"
                    + (type == null ? "" : type.value())
                    + "/"
                    + (own == null ? "" : own.value()))
                .replaceAll("/+", "/")
                .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("(.)/$", "$1");
        return verb.value() + " " + path;
      }
    }
    return null;
  }

  /** The API's resource classes: the classes of this package with a {@code @Path}. */
  static List<Class<?>> resources() {
    String folder = ApiSchemas.class.getPackageName().replace('.', '/');
    ClassLoader loader = ApiSchemas.class.getClassLoader();
    Set<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(folder))) {
        if ("jar".equals(url.getProtocol())) {
          var connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (var jar = connection.getJarFile()) {
            jar.stream()
                .map(java.util.zip.ZipEntry::getName)
                .filter(n -> n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0)
                .forEach(names::add);
          }
        } else if ("file".equals(url.getProtocol())) {
          try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(url.toURI()))) {
            files.forEach(f -> names.add(folder + "/" + f.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> resources = new ArrayList<>();
    for (String name : names) {
      if (!name.endsWith(".class")) {
        continue;
      }
      try {
        Class<?> type =
            Class.forName(
                name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                false,
                loader);
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return resources;
  }
}
