package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.policy.control.ShopperTiers.ShopperTier;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.values.EmailAddress;

/**
 * The tests' way to move a shopper between tiers over HTTP: {@code POST
 * /it/shopper-tiers?store=slug&email=…&tier=gold&en=Gold&zh=黄金}; no {@code tier} takes the shopper
 * out of every tier.
 */
@WebServlet("/it/shopper-tiers")
public class ShopperTierDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TestShopperTiers tiers;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String code = request.getParameter("tier");
    ShopperTier tier =
        code == null || code.isBlank()
            ? null
            : new ShopperTier(
                code, new LocalizedText(request.getParameter("en"), request.getParameter("zh")));
    tiers.place(
        request.getParameter("store"),
        EmailAddress.parse(request.getParameter("email")).orElseThrow(),
        tier);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
