package org.returnport.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.returnport.catalog.entity.Money;

/**
 * Describes, for /openapi, the types of the domain modules that the API reads and writes (products,
 * the return policy, queue rows, their enums, Money). Payara's scanner only knows the classes of
 * the web module, so it would show these as empty objects; as MicroProfile OpenAPI lets
 * configuration name a schema per class ({@code mp.openapi.schema.<class>}), this source offers one
 * for each, made from the records themselves, found from the API's resource methods. A new field or
 * a new type reached from a resource is therefore described without anyone writing it down.
 */
public class DomainSchemas implements ConfigSource {

  static final String PREFIX = "mp.openapi.schema.";

  private volatile Map<String, String> properties;

  @Override
  public Map<String, String> getProperties() {
    return schemas();
  }

  @Override
  public Set<String> getPropertyNames() {
    return schemas().keySet();
  }

  @Override
  public String getValue(String name) {
    return schemas().get(name);
  }

  @Override
  public String getName() {
    return DomainSchemas.class.getSimpleName();
  }

  /** Below the application's own files and system properties, which may override a schema. */
  @Override
  public int getOrdinal() {
    return 50;
  }

  private Map<String, String> schemas() {
    Map<String, String> result = properties;
    if (result == null) {
      Map<String, String> made = new TreeMap<>();
      describe(reachedDomainTypes(resources()))
          .forEach((type, schema) -> made.put(PREFIX + type.getName(), schema.toString()));
      result = Collections.unmodifiableMap(made);
      properties = result;
    }
    return result;
  }

  /** The schema of each type, by the name Payara gives it: the simple name. */
  static Map<Class<?>, JsonObject> describe(Set<Class<?>> types) {
    Map<Class<?>, JsonObject> schemas = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    for (Class<?> type : types) {
      schemas.put(type, schemaOf(type));
    }
    return schemas;
  }

  /** Types outside the web module, reached from the resources' bodies and answers. */
  static Set<Class<?>> reachedDomainTypes(Collection<Class<?>> resources) {
    Set<Class<?>> found = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    Deque<Type> todo = new ArrayDeque<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getMethods()) {
        if (!isResourceMethod(method)) {
          continue;
        }
        todo.add(method.getGenericReturnType());
        APIResponseSchema answer = method.getAnnotation(APIResponseSchema.class);
        if (answer != null) {
          todo.add(answer.value());
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
          todo.add(parameter.getParameterizedType());
        }
      }
    }
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Type type = todo.poll();
      if (type instanceof ParameterizedType generic) {
        todo.addAll(List.of(generic.getActualTypeArguments()));
        todo.add(generic.getRawType());
        continue;
      }
      if (!(type instanceof Class<?> clazz) || !seen.add(clazz) || !ours(clazz)) {
        continue;
      }
      if (!clazz.getName().startsWith("org.returnport.web.")) {
        found.add(clazz);
      }
      if (clazz.isRecord()) {
        for (RecordComponent component : clazz.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
    return found;
  }

  private static boolean ours(Class<?> type) {
    return type.getName().startsWith("org.returnport.") && (type.isRecord() || type.isEnum());
  }

  private static boolean isResourceMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  private static JsonObject schemaOf(Class<?> type) {
    JsonObjectBuilder schema = Json.createObjectBuilder().add("name", type.getSimpleName());
    if (type == Money.class) {
      return schema
          .add("type", "object")
          .add(
              "description",
              "An amount of money. The amount is a decimal string, never a JSON number, so that no"
                  + " client turns it into a floating-point number; it has the currency's usual"
                  + " decimals (two for EUR, none for JPY), and up to four.")
          .add("required", Json.createArrayBuilder().add("amount").add("currency"))
          .add(
              "properties",
              Json.createObjectBuilder()
                  .add(
                      "amount",
                      Json.createObjectBuilder()
                          .add("type", "string")
                          .add("pattern", "^" + MoneyJson.AMOUNT.pattern() + "$")
                          .add("example", "43.05"))
                  .add(
                      "currency",
                      Json.createObjectBuilder()
                          .add("type", "string")
                          .add("description", "ISO 4217 code")
                          .add("pattern", "^[A-Z]{3}$")
                          .add("example", "EUR")))
          .build();
    }
    if (type.isEnum()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (Object constant : type.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return schema.add("type", "string").add("enum", values).build();
    }
    JsonObjectBuilder members = Json.createObjectBuilder();
    for (RecordComponent component : type.getRecordComponents()) {
      members.add(component.getName(), valueSchema(component.getGenericType()));
    }
    return schema.add("type", "object").add("properties", members).build();
  }

  private static JsonObjectBuilder valueSchema(Type type) {
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      JsonObjectBuilder array =
          Json.createObjectBuilder()
              .add("type", "array")
              .add("items", valueSchema(generic.getActualTypeArguments()[0]));
      return Set.class.isAssignableFrom(raw) ? array.add("uniqueItems", true) : array;
    }
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Map.class.isAssignableFrom(raw)) {
      return Json.createObjectBuilder()
          .add("type", "object")
          .add("additionalProperties", valueSchema(generic.getActualTypeArguments()[1]));
    }
    if (!(type instanceof Class<?> clazz)) {
      return Json.createObjectBuilder().add("type", "object");
    }
    if (clazz == String.class) {
      return Json.createObjectBuilder().add("type", "string");
    }
    if (clazz == int.class || clazz == Integer.class) {
      return Json.createObjectBuilder().add("type", "integer").add("format", "int32");
    }
    if (clazz == long.class || clazz == Long.class) {
      return Json.createObjectBuilder().add("type", "integer").add("format", "int64");
    }
    if (clazz == boolean.class || clazz == Boolean.class) {
      return Json.createObjectBuilder().add("type", "boolean");
    }
    if (clazz == BigDecimal.class) {
      return Json.createObjectBuilder().add("type", "number");
    }
    if (clazz == Instant.class) {
      return Json.createObjectBuilder().add("type", "string").add("format", "date-time");
    }
    if (clazz == LocalDate.class) {
      return Json.createObjectBuilder().add("type", "string").add("format", "date");
    }
    if (ours(clazz)) {
      return Json.createObjectBuilder()
          .add("$ref", "#/components/schemas/" + clazz.getSimpleName());
    }
    return Json.createObjectBuilder().add("type", "object");
  }

  /** The API's resource classes: the classes of this package with a {@code @Path}. */
  static Collection<Class<?>> resources() {
    String folder = DomainSchemas.class.getPackageName().replace('.', '/');
    Set<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(DomainSchemas.class.getClassLoader().getResources(folder))) {
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
                DomainSchemas.class.getClassLoader());
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
