package org.returnport.it.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * The managed Payara, keeping the last archive deployed after its test class: when the next class
 * deploys an archive with the same content (every path and byte, nested archives included), the
 * running deployment serves it; a different archive replaces it, and stopping the server removes
 * it. Test classes share the database and Keycloak already; with this they share the application's
 * memory too (caches, counters), which is what a running server does for its users anyway.
 */
public class ReusingPayaraContainer extends PayaraManagedDeployableContainer {

  private Archive<?> deployed;
  private String deployedFingerprint;
  private ProtocolMetaData deployedMetaData;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    String fingerprint = fingerprint(archive);
    if (deployed != null && fingerprint.equals(deployedFingerprint)) {
      return deployedMetaData;
    }
    removeDeployed();
    ProtocolMetaData metaData = super.deploy(archive);
    deployed = archive;
    deployedFingerprint = fingerprint;
    deployedMetaData = metaData;
    return metaData;
  }

  /** Kept for the next class; the next different archive, or the end of the run, removes it. */
  @Override
  public void undeploy(Archive<?> archive) {
    // Nothing to do now: see deploy and stop.
  }

  @Override
  public void stop() throws LifecycleException {
    try {
      removeDeployed();
    } catch (DeploymentException e) {
      throw new LifecycleException("could not undeploy " + deployed.getName(), e);
    } finally {
      super.stop();
    }
  }

  private void removeDeployed() throws DeploymentException {
    if (deployed != null) {
      Archive<?> leaving = deployed;
      deployed = null;
      deployedFingerprint = null;
      deployedMetaData = null;
      super.undeploy(leaving);
    }
  }

  /** A digest of every path and its content, nested archives read through. */
  static String fingerprint(Archive<?> archive) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      add(digest, archive);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(MessageDigest digest, Archive<?> archive) {
    digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
    Map<String, Node> sorted = new TreeMap<>();
    for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
      sorted.put(entry.getKey().get(), entry.getValue());
    }
    byte[] buffer = new byte[64 * 1024];
    for (Map.Entry<String, Node> entry : sorted.entrySet()) {
      digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      Asset asset = entry.getValue().getAsset();
      if (asset instanceof ArchiveAsset nested) {
        add(digest, nested.getArchive());
      } else if (asset != null) {
        try (InputStream in = asset.openStream()) {
          for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
