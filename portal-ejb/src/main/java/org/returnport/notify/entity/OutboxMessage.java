package org.returnport.notify.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A side effect that must happen once the change causing it has committed, here an e-mail. It is
 * platform-level (the worker serves every store) and names its store by slug for the logs; its
 * event id lets receivers drop a duplicate.
 */
@Entity
@Table(name = "OUTBOX")
public class OutboxMessage {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "EVENT_ID", nullable = false, updatable = false, length = 36)
  private String eventId;

  @Column(name = "TENANT_SLUG", nullable = false, updatable = false, length = 63)
  private String tenantSlug;

  @Column(name = "KIND", nullable = false, updatable = false, length = 20)
  private String kind;

  @Lob
  @Column(name = "PAYLOAD", nullable = false, updatable = false)
  private String payload;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  protected OutboxMessage() {}

  public static OutboxMessage mail(UUID eventId, String tenantSlug, MailMessage mail, Instant now) {
    OutboxMessage message = new OutboxMessage();
    message.eventId = eventId.toString();
    message.tenantSlug = tenantSlug;
    message.kind = "EMAIL";
    message.payload = JSON.toJson(mail);
    message.createdAt = now;
    message.nextAttemptAt = now;
    return message;
  }

  public static MailMessage readMail(String payload) {
    return JSON.fromJson(payload, MailMessage.class);
  }
}
