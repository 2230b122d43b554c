package org.returnport.web.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lets a form be posted without JavaScript while PrimeFaces runs in CSP mode. PrimeFaces' script
 * adds the page's nonce to every form before it is sent, and PrimeFaces refuses a postback without
 * it; a browser without scripts (or a test driving the pages over HTTP) would get an error for
 * every form. Such a postback keeps the nonce its view was rendered with, which is what the script
 * would have sent; a new view gets a new one. A nonce that is sent is checked by PrimeFaces as
 * before. Registered in faces-config.xml.
 */
public class PlainFormNonce extends ExternalContextFactory {

  static final String NONCE_PARAM = "primefaces.nonce";

  public PlainFormNonce(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response) {
    return new WithNonce(getWrapped().getExternalContext(context, request, response));
  }

  private static final class WithNonce extends ExternalContextWrapper {

    private Map<String, String> parameters;

    WithNonce(ExternalContext wrapped) {
      super(wrapped);
    }

    @Override
    public Map<String, String> getRequestParameterMap() {
      Map<String, String> sent = super.getRequestParameterMap();
      if (sent.containsKey(NONCE_PARAM)) {
        return sent;
      }
      if (parameters == null) {
        parameters = new NonceSupplied(sent);
      }
      return parameters;
    }
  }

  /** The parameters as sent, and the nonce of a postback's view when none was sent. */
  private static final class NonceSupplied extends AbstractMap<String, String> {

    private final Map<String, String> sent;
    private String nonce;

    NonceSupplied(Map<String, String> sent) {
      this.sent = sent;
    }

    @Override
    public String get(Object key) {
      return NONCE_PARAM.equals(key) ? nonce() : sent.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return NONCE_PARAM.equals(key) ? nonce() != null : sent.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      Set<Entry<String, String>> entries = new HashSet<>(sent.entrySet());
      String supplied = nonce();
      if (supplied != null) {
        entries.add(new SimpleImmutableEntry<>(NONCE_PARAM, supplied));
      }
      return entries;
    }

    private String nonce() {
      if (nonce != null) {
        return nonce;
      }
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces == null || faces.getViewRoot() == null || !faces.isPostback()) {
        return null;
      }
      Map<String, Object> view = faces.getViewRoot().getViewMap(false);
      Object rendered = view == null ? null : view.get(NONCE_PARAM);
      nonce =
          rendered instanceof String s
              ? s
              : Base64.getEncoder()
                  .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
      return nonce;
    }
  }
}
