package org.returnport.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.settlement.boundary.Settlements;
import org.returnport.settlement.entity.SettlementPart;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/settlements.xhtml}: declined refunds waiting for an agent (retry, or store credit
 * instead), and settling a return now, at another amount with a reason if need be.
 */
@Named("settlements")
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class SettlementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Settlements settlements;

  @Inject transient Feedback feedback;

  private String rma;
  private BigDecimal amount;
  private String currency;
  private String reason;

  /** One key per form shown: pressing twice, or two tabs, settles once. */
  private String key = UUID.randomUUID().toString();

  private transient List<SettlementPart> tasks;

  public void settle() {
    try {
      Money money =
          amount == null
              ? null
              : new Money(
                  amount,
                  currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT));
      settlements.settleNow(rma, money, reason, key);
      feedback.info("console.settlements.settled", rma);
      rma = null;
      amount = null;
      reason = null;
      key = UUID.randomUUID().toString();
    } catch (IllegalArgumentException e) {
      feedback.error("returnport.settlement.currencyUnknown");
    } catch (RejectedException e) {
      feedback.rejected(e, "settle");
    } catch (NotFoundException e) {
      feedback.error("console.settlements.noReturn", rma);
    }
  }

  public void retry(String payoutKey) {
    act(() -> settlements.retry(payoutKey), "console.settlements.retried", payoutKey);
  }

  public void credit(String payoutKey) {
    act(() -> settlements.credit(payoutKey), "console.settlements.credited", payoutKey);
  }

  private void act(Runnable action, String done, String payoutKey) {
    try {
      action.run();
      feedback.info(done, payoutKey);
    } catch (RejectedException e) {
      feedback.rejected(e, "tasks");
    }
    tasks = null;
  }

  public List<SettlementPart> getTasks() {
    if (tasks == null) {
      tasks = settlements.tasks();
    }
    return tasks;
  }

  public String getRma() {
    return rma;
  }

  public void setRma(String rma) {
    this.rma = rma;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
