package org.returnport.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.returnport.events.DomainEvent;

class EventTypesTest {

  @Test
  void listsEveryDomainEventAndNothingElse() throws IOException, ClassNotFoundException {
    Path events = Path.of("src/main/java/org/returnport/events");
    java.util.List<String> types = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.list(events)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("org.returnport.events." + name);
        if (DomainEvent.class.isAssignableFrom(type) && type.isRecord()) {
          types.add(name);
        }
      }
    }

    assertThat(EventTypes.ALL).containsExactlyInAnyOrderElementsOf(types);
  }
}
