package org.returnport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the heap a Payara server on this machine uses, through its JMX connector (port 8686, the
 * administrator's channel; the domains the run command and the tests create have no admin
 * password). The public health address says only UP or DOWN.
 */
public final class ServerHeap implements AutoCloseable {

  public static final String DEFAULT_URL = "service:jmx:rmi:///jndi/rmi://localhost:8686/jmxrmi";

  private final JMXConnector connector;
  private final MemoryMXBean memory;

  private ServerHeap(JMXConnector connector, MemoryMXBean memory) {
    this.connector = connector;
    this.memory = memory;
  }

  public static ServerHeap connect(String url) throws IOException {
    JMXConnector connector =
        JMXConnectorFactory.connect(
            new JMXServiceURL(url), Map.of(JMXConnector.CREDENTIALS, new String[] {"admin", ""}));
    MemoryMXBean memory =
        ManagementFactory.newPlatformMXBeanProxy(
            connector.getMBeanServerConnection(),
            ManagementFactory.MEMORY_MXBEAN_NAME,
            MemoryMXBean.class);
    return new ServerHeap(connector, memory);
  }

  public long usedMiB() {
    return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
