package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.web.api.ApiApplication;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI description at /openapi against the API itself: every JAX-RS method of the resources,
 * found by reflection, is described with its parameters, body and problem responses, in JSON and in
 * YAML, and the browsable page shows it without any script of its own inline.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void everyResourceMethodIsDescribedWithItsParametersBodyAndProblems() {
    JsonObject document = json(get("/openapi", "application/json"));
    Map<String, ResourceMethod> declared = resourceMethods();
    JsonObject paths = document.getJsonObject("paths");

    assertThat(operations(paths).keySet())
        .as("operations in /openapi against the resource methods")
        .containsExactlyInAnyOrderElementsOf(declared.keySet());
    declared.forEach(
        (key, method) -> {
          JsonObject operation = operations(paths).get(key);
          assertThat(operation.getString("summary", "")).as(key + " summary").isNotBlank();
          Set<String> parameters = new HashSet<>();
          for (JsonObject parameter :
              operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
            parameters.add(parameter.getString("in") + " " + parameter.getString("name"));
            if (parameter.getString("in").equals("path")) {
              assertThat(parameter.getBoolean("required")).as(key + " path parameter").isTrue();
            }
          }
          assertThat(parameters).as(key + " parameters").containsAll(method.parameters());
          assertThat(operation.containsKey("requestBody"))
              .as(key + " body")
              .isEqualTo(method.body());
          JsonObject responses = operation.getJsonObject("responses");
          assertThat(responses.keySet())
              .as(key + " responses")
              .contains("401", "404", "429")
              .anyMatch(code -> code.startsWith("2"));
          if (method.body() || !method.parameters().isEmpty()) {
            assertThat(responses.keySet()).as(key + " responses").contains("400");
          }
          responses.forEach(
              (code, response) -> {
                if (code.startsWith("4")) {
                  assertThat(
                          response
                              .asJsonObject()
                              .getJsonObject("content")
                              .getJsonObject("application/problem+json")
                              .getJsonObject("schema")
                              .getString("$ref"))
                      .as(key + " " + code)
                      .endsWith("/Problem");
                }
              });
          assertThat(responses.getJsonObject("429").getJsonObject("headers").keySet())
              .contains("Retry-After");
        });
    assertThat(operations(paths).get("POST /api/v1/orders/import").getJsonObject("responses"))
        .containsKey("413");
    assertThat(operations(paths).values())
        .extracting(operation -> operation.getString("operationId"))
        .as("operation ids are unique")
        .doesNotHaveDuplicates();
  }

  @Test
  void bothWaysToSignInAreDescribedAndEitherIsRequired() {
    JsonObject document = json(get("/openapi", "application/json"));
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");

    assertThat(schemes.getJsonObject("apiKey").getString("type")).isEqualTo("apiKey");
    assertThat(schemes.getJsonObject("apiKey").getString("in")).isEqualTo("header");
    assertThat(schemes.getJsonObject("apiKey").getString("name")).isEqualTo("X-Api-Key");
    assertThat(schemes.getJsonObject("bearer").getString("type")).isEqualTo("http");
    assertThat(schemes.getJsonObject("bearer").getString("scheme")).isEqualTo("bearer");
    assertThat(document.getJsonArray("security").getValuesAs(JsonObject.class))
        .extracting(requirement -> requirement.keySet())
        .containsExactlyInAnyOrder(Set.of("apiKey"), Set.of("bearer"));
  }

  @Test
  void moneyIsDescribedAsADecimalStringWithItsCurrencyAndEveryReferenceResolves() {
    String text = get("/openapi", "application/json").body();
    JsonObject document = json(text);
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject money = schemas.getJsonObject("Money");

    assertThat(money.getJsonObject("properties").getJsonObject("amount").getString("type"))
        .isEqualTo("string");
    assertThat(money.getJsonObject("properties").getJsonObject("currency").getString("type"))
        .isEqualTo("string");
    assertThat(money.getJsonObject("properties").keySet())
        .containsExactlyInAnyOrder("amount", "currency");
    assertThat(text).contains("#/components/schemas/Money");
    schemas.forEach(
        (name, schema) -> {
          if ("object".equals(schema.asJsonObject().getString("type", ""))) {
            assertThat(schema.asJsonObject().getJsonObject("properties"))
                .as(name + " has its fields described")
                .isNotEmpty();
          }
        });
    JsonObject product =
        schemas.getJsonObject("ProductData").getJsonObject("properties").getJsonObject("price");
    assertThat(product.getString("$ref")).isEqualTo("#/components/schemas/Money");
    for (String ref : references(document)) {
      assertThat(ref).startsWith("#/components/schemas/");
      assertThat(schemas).as(ref).containsKey(ref.substring("#/components/schemas/".length()));
    }
  }

  @Test
  void theYamlFormDescribesTheSameOperations() {
    JsonObject fromJson = json(get("/openapi", "application/json"));
    JsonObject fromQuery = json(get("/openapi?format=json", null));

    for (HttpResponse<String> yaml :
        List.of(
            get("/openapi", "application/yaml"),
            get("/openapi?format=yaml", null),
            get("/openapi", null))) {
      assertThat(yaml.statusCode()).isEqualTo(200);
      assertThat(yaml.headers().firstValue("Content-Type")).get().asString().contains("yaml");
      Map<String, Object> parsed =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.body());
      @SuppressWarnings("unchecked")
      Map<String, Object> paths = (Map<String, Object>) parsed.get("paths");
      assertThat(paths.keySet()).isEqualTo(fromJson.getJsonObject("paths").keySet());
    }
    assertThat(fromQuery.getJsonObject("paths").keySet())
        .isEqualTo(fromJson.getJsonObject("paths").keySet());
  }

  @Test
  void theApiPageShowsTheDescriptionWithoutInlineScript() {
    HttpResponse<String> page = get("/api/docs/", null);
    Document html = Jsoup.parse(page.body());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(html.select("script")).isNotEmpty().allMatch(script -> script.hasAttr("src"));
    assertThat(html.select("style, [style], [onload], [onclick]")).isEmpty();
    List<String> assets = new ArrayList<>();
    html.select("script[src]").forEach(script -> assets.add(script.attr("src")));
    html.select("link[rel=stylesheet]").forEach(link -> assets.add(link.attr("href")));
    for (String asset : assets) {
      HttpResponse<String> file = get("/api/docs/" + asset, null);
      assertThat(file.statusCode()).as(asset).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith(asset.endsWith(".js") ? "text/javascript" : "text/css");
    }
    assertThat(get("/api/docs/api-docs.js", null).body()).contains("/openapi");
    assertThat(get("/api/docs/swagger-ui-bundle.js", null).body()).contains("SwaggerUIBundle");
    assertThat(get("/api/docs/../WEB-INF/web.xml", null).statusCode()).isNotEqualTo(200);
    assertThat(get("/api/docs/swagger-initializer.js", null).statusCode()).isEqualTo(404);
    HttpResponse<String> bare = get("/api/docs", null);
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).get().asString().endsWith("/api/docs/");
  }

  /** "GET /api/v1/products/{sku}" and the like, from the description. */
  private static Map<String, JsonObject> operations(JsonObject paths) {
    Map<String, JsonObject> operations = new TreeMap<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (Set.of("get", "put", "post", "delete", "patch", "head", "options")
                          .contains(method)) {
                        operations.put(
                            method.toUpperCase(Locale.ROOT) + " " + path, operation.asJsonObject());
                      }
                    }));
    return operations;
  }

  /** What a resource method takes, as the description should show it. */
  record ResourceMethod(Set<String> parameters, boolean body) {}

  /** Every JAX-RS method of the API's resources, by reflection over org.returnport.web.api. */
  private static Map<String, ResourceMethod> resourceMethods() {
    String root = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value();
    Map<String, ResourceMethod> methods = new TreeMap<>();
    for (Class<?> resource : apiClasses()) {
      Path classPath = resource.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        String verb = httpMethod(method);
        if (verb == null) {
          continue;
        }
        Path methodPath = method.getAnnotation(Path.class);
        String path =
            (root + "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()))
                .replaceAll("/+", "/")
                .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/$", "");
        Set<String> parameters = new TreeSet<>();
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(PathParam.class)) {
            parameters.add("path " + parameter.getAnnotation(PathParam.class).value());
          } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            parameters.add("query " + parameter.getAnnotation(QueryParam.class).value());
          } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
            parameters.add("header " + parameter.getAnnotation(HeaderParam.class).value());
          } else if (!parameter.isAnnotationPresent(Context.class)) {
            body = true;
          }
        }
        methods.put(verb + " " + path, new ResourceMethod(parameters, body));
      }
    }
    assertThat(methods).as("resource methods found by reflection").hasSizeGreaterThan(10);
    return methods;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** The classes of the API's package, from the jar or folder that holds ApiApplication. */
  private static List<Class<?>> apiClasses() {
    String folder = ApiApplication.class.getPackageName().replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      java.nio.file.Path location =
          java.nio.file.Path.of(
              ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<java.nio.file.Path> files = Files.list(location.resolve(folder))) {
          files.forEach(f -> names.add(folder + f.getFileName()));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().forEach(entry -> names.add(entry.getName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(folder)
          && name.endsWith(".class")
          && name.indexOf('/', folder.length()) < 0) {
        try {
          classes.add(
              Class.forName(
                  name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                  false,
                  OpenApiIT.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }

  private static List<String> references(JsonValue value) {
    List<String> found = new ArrayList<>();
    if (value instanceof JsonObject object) {
      object.forEach(
          (key, member) -> {
            if (key.equals("$ref") && member instanceof JsonString ref) {
              found.add(ref.getString());
            } else {
              found.addAll(references(member));
            }
          });
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(member -> found.addAll(references(member)));
    }
    return found;
  }

  private static HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.BASE.resolve(path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
