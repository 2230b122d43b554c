package org.returnport.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI description with what holds for every operation, so that no resource has to
 * repeat it and a new one cannot forget it: the {@code Problem} schema, the {@code
 * X-Returnport-Store} header, and the problem responses that authentication, rate limits and
 * validation give on any call. Each resource still states its own successes and the problems only
 * it gives (413, 422 and a not-found with its own reason). The schemas of bodies and answers are
 * made from the resource methods' Java types ({@link ApiSchemas}), matched by path and method.
 */
public class ApiDescription implements OASFilter {

  static final String PROBLEM = "application/problem+json";
  static final String JSON = "application/json";

  /** Problems every call may get, with what they mean there. */
  private static final Map<String, String> EVERY_CALL =
      Map.of(
          "401",
          "No valid X-Api-Key or bearer token was presented.",
          "404",
          "Not found: nothing of this store answers to this address, or the store named by"
              + " X-Returnport-Store is not one the caller works for.",
          "429",
          "Too many calls with this API key: wait as long as Retry-After says, then try again.");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    components.addSchema("Problem", problem());
    if (api.getPaths() == null) {
      return;
    }
    Map<String, Method> methods = resourceMethodsByRoute();
    ApiSchemas schemas = new ApiSchemas(components);
    for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        complete(operation.getValue());
        Method method = methods.get(operation.getKey().name() + " " + path.getKey());
        if (method != null) {
          describeTypes(operation.getValue(), method, schemas);
        }
      }
    }
  }

  private static Map<String, Method> resourceMethodsByRoute() {
    Map<String, Method> methods = new HashMap<>();
    for (Class<?> resource : ApiSchemas.resources()) {
      for (Method method : resource.getMethods()) {
        String route = ApiSchemas.route(method);
        if (route != null) {
          methods.put(route, method);
        }
      }
    }
    return methods;
  }

  /** The body, the answers and the enum parameters, as the Java method declares them. */
  private static void describeTypes(Operation operation, Method method, ApiSchemas schemas) {
    if (operation.getParameters() != null) {
      for (Parameter described : operation.getParameters()) {
        if (described.getIn() == Parameter.In.PATH) {
          described.setRequired(true);
        }
        tidy(described.getSchema());
      }
    }
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      String name = parameterName(parameter);
      if (name != null) {
        if (ApiSchemas.ours(parameter.getType()) && operation.getParameters() != null) {
          operation.getParameters().stream()
              .filter(described -> name.equals(described.getName()))
              .forEach(described -> described.setSchema(schemas.of(parameter.getType())));
        }
      } else if (!parameter.isAnnotationPresent(Context.class)
          && operation.getRequestBody() != null
          && operation.getRequestBody().getContent() != null) {
        describeBody(operation.getRequestBody().getContent(), method, parameter, schemas);
      }
    }
    for (Map.Entry<String, APIResponse> response :
        operation.getResponses().getAPIResponses().entrySet()) {
      Type answer = answerType(method, response.getKey());
      if (answer == null) {
        continue;
      }
      if (response.getValue().getContent() == null
          || response.getValue().getContent().getMediaTypes().isEmpty()) {
        response
            .getValue()
            .setContent(
                OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType()));
      }
      for (MediaType media : response.getValue().getContent().getMediaTypes().values()) {
        media.setSchema(schemas.of(answer));
      }
    }
  }

  /** JSON bodies get the parameter's schema; a method that takes no JSON lists none. */
  private static void describeBody(
      Content content, Method method, java.lang.reflect.Parameter body, ApiSchemas schemas) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    boolean takesJson =
        consumes == null || Arrays.stream(consumes.value()).anyMatch(type -> type.contains("json"));
    for (String type : List.copyOf(content.getMediaTypes().keySet())) {
      if (!type.contains("json")) {
        content
            .getMediaType(type)
            .setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
      } else if (takesJson) {
        content.getMediaType(type).setSchema(schemas.of(body.getParameterizedType()));
      } else {
        content.removeMediaType(type);
      }
    }
  }

  /**
   * Payara fills a schema made from a {@code @Schema} annotation with every default of the
   * annotation ({@code maxProperties: 0} on a number, {@code minLength: 0}, a default as text);
   * they say nothing, or something wrong, so they go, and a number's default is a number.
   */
  private static void tidy(Schema schema) {
    if (schema == null || schema.getRef() != null) {
      return;
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (schema.getType() == Schema.SchemaType.INTEGER
        && schema.getDefaultValue() instanceof String text
        && text.matches("-?[0-9]+")) {
      schema.setDefaultValue(Long.valueOf(text));
    }
  }

  /** The type a success answers with, as the method's annotations or return type say. */
  private static Type answerType(Method method, String code) {
    if (!code.startsWith("2")) {
      return null;
    }
    APIResponseSchema schema = method.getAnnotation(APIResponseSchema.class);
    if (schema != null && code.equals(schema.responseCode())) {
      return schema.value();
    }
    for (var response :
        method.getAnnotationsByType(
            org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
      if (code.equals(response.responseCode())
          && response.content().length > 0
          && response.content()[0].schema().implementation() != Void.class) {
        return response.content()[0].schema().implementation();
      }
    }
    Type returned = method.getGenericReturnType();
    return returned == Response.class || returned == void.class ? null : returned;
  }

  private static String parameterName(java.lang.reflect.Parameter parameter) {
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return parameter.getAnnotation(PathParam.class).value();
    }
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return parameter.getAnnotation(QueryParam.class).value();
    }
    if (parameter.isAnnotationPresent(HeaderParam.class)) {
      return parameter.getAnnotation(HeaderParam.class).value();
    }
    return null;
  }

  private static void complete(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    EVERY_CALL.forEach((code, description) -> addIfAbsent(responses, code, description));
    boolean takesInput =
        operation.getRequestBody() != null
            || operation.getParameters() != null && !operation.getParameters().isEmpty();
    if (takesInput) {
      addIfAbsent(
          responses,
          "400",
          "A parameter or the body is not valid: the title says which rule it breaks, and"
              + " field names the input.");
    }
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        asProblem(response.getKey(), response.getValue());
      }
    }
    if (operation.getParameters() == null
        || operation.getParameters().stream()
            .noneMatch(p -> "X-Returnport-Store".equals(p.getName()))) {
      operation.addParameter(
          OASFactory.createParameter()
              .name("X-Returnport-Store")
              .in(Parameter.In.HEADER)
              .required(false)
              .description(
                  "With a bearer token of a person who works for several stores: the slug of the"
                      + " store to act for.")
              .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }
  }

  private static void addIfAbsent(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static void asProblem(String code, APIResponse response) {
    response.setContent(
        OASFactory.createContent()
            .addMediaType(
                PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    if ("429".equals(code)) {
      response.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before the next call.")
              .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
    }
  }

  /** RFC 9457 problem details as {@link Problems} writes them. */
  static Schema problem() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 problem details; the title is in the caller's Accept-Language (English or"
                + " Simplified Chinese).")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addRequired("code")
        .addProperty(
            "type", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("about:blank"))
        .addProperty(
            "title",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("What went wrong, for people"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .description("The HTTP status"))
        .addProperty(
            "code",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description(
                    "What went wrong, for programs: invalid, unauthorized, not-found, rejected,"
                        + " too-many-requests, too-large, ...")
                .example("invalid"))
        .addProperty(
            "field",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("The input the problem is about, when it is about one"));
  }
}
