package org.returnport.it.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Lets test classes that deploy the same archive share one deployment: Arquillian deploys per test
 * class, and most classes deploy the very EAR the build made, so a suite of fifty classes spent a
 * third of its time deploying the same application again. Registered through {@code
 * META-INF/services}; see {@link ReusingPayaraContainer}.
 */
public class ReusedDeployments implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class,
        PayaraManagedDeployableContainer.class,
        ReusingPayaraContainer.class);
  }
}
