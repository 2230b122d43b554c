package org.returnport.cyclefixturetwo;

import org.returnport.cyclefixtureone.Hen;

/** The other half of the cycle of ArchitectureRulesTest. */
public class Egg {

  public Hen hatch() {
    return new Hen();
  }
}
