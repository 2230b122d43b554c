package org.returnport.parcels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The carriers Returnport can book with, by code. A policy's hub may also name a carrier that is
 * not here (a local courier): its returns go with the store's own label, unbooked.
 */
@ApplicationScoped
public class Carriers {

  @Inject @Any Instance<Carrier> carriers;

  public Optional<Carrier> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return carriers.stream().filter(carrier -> carrier.code().equals(wanted)).findFirst();
  }

  public List<Carrier> all() {
    return carriers.stream().sorted(Comparator.comparing(Carrier::code)).toList();
  }
}
