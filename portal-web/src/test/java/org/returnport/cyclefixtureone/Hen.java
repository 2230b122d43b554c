package org.returnport.cyclefixtureone;

import org.returnport.cyclefixturetwo.Egg;

/** Half of a dependency cycle between two feature packages, for ArchitectureRulesTest. */
public class Hen {

  public Egg lay() {
    return new Egg();
  }
}
