package org.returnport.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters that take one of our enums ({@code ?status=IN_TRANSIT}): an unknown value is a
 * 400 problem that names the parameter and the values it takes. JAX-RS would answer 404 instead, as
 * if the list itself did not exist. Any case is accepted, as people type it.
 */
@Provider
public class EnumParams implements ParamConverterProvider {

  @Context HttpHeaders headers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (!rawType.isEnum() || !rawType.getName().startsWith("org.returnport.")) {
      return null;
    }
    String name =
        Arrays.stream(annotations)
            .filter(QueryParam.class::isInstance)
            .map(annotation -> ((QueryParam) annotation).value())
            .findFirst()
            .orElse(null);
    if (name == null) {
      return null;
    }
    return (ParamConverter<T>) new Converter(name, (Class) rawType);
  }

  private final class Converter<E extends Enum<E>> implements ParamConverter<E> {
    private final String name;
    private final Class<E> type;

    Converter(String name, Class<E> type) {
      this.name = name;
      this.type = type;
    }

    @Override
    public E fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String wanted = value.strip().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(wanted)) {
          return constant;
        }
      }
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      // A response with a body is sent as it is, past the exception mappers.
      throw new WebApplicationException(
          Problems.of(
              400,
              "invalid",
              "api.unknownValue",
              name,
              List.of(name, value, allowed),
              headers.getAcceptableLanguages()));
    }

    @Override
    public String toString(E value) {
      return value == null ? null : value.name();
    }
  }
}
