package org.returnport.notify.entity;

/** An e-mail as the outbox keeps it until it is sent: already written, in its reader's language. */
public record MailMessage(String to, String fromName, String subject, String text, String html) {}
