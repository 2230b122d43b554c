package org.returnport.loyalty.program.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramVersion;

/**
 * The current store's program as it stands, for any feature that earns, redeems or shows points. A
 * store that never published its own runs on the defaults, as version 0: nothing is written on
 * read.
 */
@Dependent
public class ProgramInForce {

  @PersistenceContext EntityManager em;

  /** The latest published version, if the store has published one. */
  public Optional<ProgramVersion> latest() {
    return em.createNamedQuery(ProgramVersion.ALL, ProgramVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Rules now() {
    return latest()
        .map(version -> new Rules(version.getVersionNo(), version.getRules()))
        .orElse(new Rules(0, ProgramRules.DEFAULTS));
  }

  /** The rules of a version an entry was made under (0: the defaults). */
  public ProgramRules version(int versionNo) {
    if (versionNo == 0) {
      return ProgramRules.DEFAULTS;
    }
    return em.createNamedQuery(ProgramVersion.BY_NUMBER, ProgramVersion.class)
        .setParameter("versionNo", versionNo)
        .getResultStream()
        .findFirst()
        .map(ProgramVersion::getRules)
        .orElseThrow(() -> new IllegalStateException("no program version " + versionNo));
  }

  /** Rules with the number of the version they come from. */
  public record Rules(int versionNo, ProgramRules rules) {}
}
