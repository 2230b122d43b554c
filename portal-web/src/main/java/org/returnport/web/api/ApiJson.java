package org.returnport.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B configuration of the API (Payara's JAX-RS reads and writes JSON with JSON-B): money in
 * the API's form wherever it appears, in views, inputs and the return policy alike.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

  static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withSerializers(new MoneyJson.Writer())
              .withDeserializers(new MoneyJson.Reader()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSON;
  }
}
