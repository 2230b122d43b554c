package org.returnport.it.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A merchant that signs up in a test: unique slug and e-mail, a valid form by default. */
public record NewMerchant(String storeName, String slug, String email, String password) {

  public static NewMerchant unique(String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = name.toLowerCase().replace(' ', '-') + "-" + suffix;
    return new NewMerchant(
        name, slug, "owner-" + suffix + "@" + slug + ".example", "secret-pass-1");
  }

  public Map<String, String> form() {
    Map<String, String> fields = new HashMap<>();
    fields.put("storeName", storeName);
    fields.put("slug", slug);
    fields.put("firstName", "Mia");
    fields.put("lastName", "Merchant");
    fields.put("contactEmail", email);
    fields.put("password", password);
    fields.put("country", "FR");
    fields.put("defaultLanguage", "en");
    fields.put("defaultCurrency", "EUR");
    return fields;
  }

  /**
   * Signs up through the public page and opens the store with the link e-mailed to the merchant, as
   * a merchant does; answers the page shown after signing up.
   */
  public WebSession.Page signUp(WebSession session) {
    WebSession.Page done = signUpUnverified(session);
    WebSession.Page verified = new WebSession().get(verificationLink());
    if (!verified.text().contains(storeName + " is open")) {
      throw new AssertionError("the verification link did not open the store:\n" + verified.text());
    }
    return done;
  }

  /** Signs up through the public page and leaves the e-mailed link unused. */
  public WebSession.Page signUpUnverified(WebSession session) {
    return signUp(session, form());
  }

  /** The link of the verification e-mail this merchant got. */
  public String verificationLink() {
    return Mailbox.link(email, verificationSubject());
  }

  public String verificationSubject() {
    return "Confirm your e-mail address to open " + storeName;
  }

  public static WebSession.Page signUp(WebSession session, Map<String, String> form) {
    return session.submit(session.get("/signup.xhtml"), "signup", form, "submit");
  }
}
