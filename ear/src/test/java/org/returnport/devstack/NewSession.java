package org.returnport.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the servers in a session of their own where {@code setsid} exists. Ctrl-C in a terminal
 * signals the whole foreground process group: without this, each server would get it at the same
 * moment as the run command and stop on its own, in no order (Payara before its applications were
 * undeployed, MariaDB while Payara still used it), and the run command's orderly stop would then
 * find them gone. In their own session only the run command hears Ctrl-C, and it stops them.
 */
final class NewSession {

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private NewSession() {}

  /** What to put before a command so that it runs in a new session. */
  static List<String> prefix() {
    return Files.isExecutable(SETSID) ? List.of(SETSID.toString()) : List.of();
  }
}
