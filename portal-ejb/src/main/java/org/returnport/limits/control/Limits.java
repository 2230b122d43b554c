package org.returnport.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.limits.entity.RateLimit;

/**
 * The limits an operator can set (MicroProfile Config, e.g. {@code
 * RETURNPORT_LIMITS_SIGNUP_REQUESTS} and {@code RETURNPORT_LIMITS_SIGNUP_WINDOW=PT1H}); the
 * defaults suit a store with real shoppers.
 */
@ApplicationScoped
public class Limits {

  @Inject
  @ConfigProperty(name = "returnport.limits.lookup.failures", defaultValue = "5")
  int lookupFailures;

  @Inject
  @ConfigProperty(name = "returnport.limits.lookup.window", defaultValue = "PT15M")
  String lookupWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.shopper.requests", defaultValue = "60")
  int shopperRequests;

  @Inject
  @ConfigProperty(name = "returnport.limits.shopper.window", defaultValue = "PT10M")
  String shopperWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.signup.requests", defaultValue = "10")
  int signupRequests;

  @Inject
  @ConfigProperty(name = "returnport.limits.signup.window", defaultValue = "PT1H")
  String signupWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.link.requests", defaultValue = "5")
  int linkRequests;

  @Inject
  @ConfigProperty(name = "returnport.limits.link.window", defaultValue = "PT1H")
  String linkWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.link.mails", defaultValue = "3")
  int linkMails;

  @Inject
  @ConfigProperty(name = "returnport.limits.api.requests", defaultValue = "600")
  int apiRequests;

  @Inject
  @ConfigProperty(name = "returnport.limits.api.window", defaultValue = "PT1M")
  String apiWindow;

  @Inject
  @ConfigProperty(name = "returnport.limits.member.joins", defaultValue = "10")
  int memberJoins;

  @Inject
  @ConfigProperty(name = "returnport.limits.member.mails", defaultValue = "3")
  int memberMails;

  @Inject
  @ConfigProperty(name = "returnport.limits.member.window", defaultValue = "PT1H")
  String memberWindow;

  // Tracking webhooks: deliveries a store's tracking address takes, counted per store.
  @Inject
  @ConfigProperty(name = "returnport.limits.tracking.requests", defaultValue = "120000")
  int trackingRequests;

  @Inject
  @ConfigProperty(name = "returnport.limits.tracking.window", defaultValue = "PT1M")
  String trackingWindow;

  /** Failed look-ups per order number, and per e-mail address, in one store. */
  public RateLimit lookupFailures() {
    return new RateLimit("lookup-failures", lookupFailures, Duration.parse(lookupWindow));
  }

  /** Forms sent to the shopper's return pages, per client address, in all stores together. */
  public RateLimit shopperRequests() {
    return new RateLimit("shopper-requests", shopperRequests, Duration.parse(shopperWindow));
  }

  /** Sign-up forms sent, per client address. */
  public RateLimit signupRequests() {
    return new RateLimit("signup-requests", signupRequests, Duration.parse(signupWindow));
  }

  /** "E-mail me a link" requests, per client address. */
  public RateLimit linkRequests() {
    return new RateLimit("link-requests", linkRequests, Duration.parse(linkWindow));
  }

  /**
   * Links e-mailed per order, whoever asks: nobody can flood a shopper's mailbox. Over it, the
   * request is answered as always and nothing is sent.
   */
  public RateLimit linkMails() {
    return new RateLimit("link-mails", linkMails, Duration.parse(linkWindow));
  }

  /** Calls per API key. */
  public RateLimit apiRequests() {
    return new RateLimit("api-requests", apiRequests, Duration.parse(apiWindow));
  }

  /** Tries to join a store's program, per account and store, whether they succeed or not. */
  public RateLimit memberJoins() {
    return new RateLimit("member-joins", memberJoins, Duration.parse(memberWindow));
  }

  /** Address verification links e-mailed per account, in all stores together. */
  public RateLimit memberMails() {
    return new RateLimit("member-mails", memberMails, Duration.parse(memberWindow));
  }

  /**
   * Tracking webhook deliveries per store: high enough for an aggregator's peaks (a few thousand a
   * second across stores), low enough that a flood against one store stays bounded.
   */
  public RateLimit trackingRequests() {
    return new RateLimit("tracking-requests", trackingRequests, Duration.parse(trackingWindow));
  }
}
