package org.returnport.it.parcels;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.returnport.parcels.control.SandboxClock;

/**
 * Moves the sandbox carrier's clock for the tests, over HTTP: {@code POST
 * /it/sandbox-clock?advance=PT480H}. Answers the sandbox's new offset from the real time.
 */
@WebServlet("/it/sandbox-clock")
public class SandboxClockDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SandboxClock clock;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    clock.advance(Duration.parse(request.getParameter("advance")));
    response.setContentType("text/plain");
    response.getWriter().write(clock.offset().toString());
  }
}
