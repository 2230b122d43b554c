package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.money.Money;
import org.returnport.policy.control.LineFacts;
import org.returnport.policy.control.QuoteCalculator.OrderFacts;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

/**
 * Gathers what the policy needs to judge a return of an order: its lines with their products, what
 * other returns already take back, and the shopper's recent returns.
 */
@Dependent
public class ReturnFacts {

  @PersistenceContext EntityManager em;

  public Optional<CustomerOrder> order(OrderNumber number, EmailAddress email) {
    return order(number).filter(order -> email.matches(order.data().email()));
  }

  /** The order with this number, whoever asks: only for what is then sent to its own address. */
  public Optional<CustomerOrder> order(OrderNumber number) {
    return em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
        .setParameter("number", number.value())
        .getResultStream()
        .findFirst();
  }

  public OrderFacts orderFacts(CustomerOrder order) {
    OrderData data = order.data();
    Money value = Money.zero(data.currency());
    for (OrderData.Line line : data.lines()) {
      value = value.plus(line.paid(data.currency()));
    }
    return new OrderFacts(data.shipCountry(), value);
  }

  public List<Line> lines(CustomerOrder order) {
    OrderData data = order.data();
    Map<String, ProductData> products = products(data);
    Map<String, List<ProductData>> variants = variants(products);
    Map<Integer, Integer> returned = returnedQuantities(order);
    Instant arrived = data.deliveredAt() != null ? data.deliveredAt() : data.shippedAt();
    return order.getLines().stream()
        .map(
            line -> {
              ProductData product = products.get(line.getSku());
              LineFacts facts =
                  new LineFacts(
                      line.getLineNo(),
                      line.getSku(),
                      product == null ? null : product.category(),
                      product != null && product.finalSale(),
                      line.paid(data.currency()),
                      line.getQuantity(),
                      returned.getOrDefault(line.getLineNo(), 0),
                      arrived);
              List<ProductData> others =
                  product == null || product.variantOf() == null
                      ? List.of()
                      : variants.getOrDefault(product.variantOf(), List.of()).stream()
                          .filter(variant -> !variant.sku().equals(product.sku()))
                          .toList();
              return new Line(facts, line.getName(), product, others);
            })
        .toList();
  }

  public int returnsIn90Days(String email, Instant now) {
    return em.createNamedQuery(ReturnCase.COUNT_BY_EMAIL_SINCE, Long.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .setParameter("since", now.minus(Duration.ofDays(90)))
        .getSingleResult()
        .intValue();
  }

  private Map<String, ProductData> products(OrderData data) {
    List<String> skus = data.lines().stream().map(OrderData.Line::sku).distinct().toList();
    Map<String, ProductData> products = new HashMap<>();
    em.createQuery("SELECT p FROM Product p WHERE p.sku IN :skus", Product.class)
        .setParameter("skus", skus)
        .getResultStream()
        .forEach(product -> products.put(product.getSku(), product.data()));
    return products;
  }

  /**
   * The variants of the products bought, by product code, the final-sale ones and those out of
   * stock left out: a shopper is only offered a replacement the store can send.
   */
  private Map<String, List<ProductData>> variants(Map<String, ProductData> products) {
    List<String> groups =
        products.values().stream()
            .map(ProductData::variantOf)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    if (groups.isEmpty()) {
      return Map.of();
    }
    Map<String, List<ProductData>> variants = new HashMap<>();
    em.createNamedQuery(Product.FIND_VARIANTS, Product.class)
        .setParameter("groups", groups)
        .getResultStream()
        .filter(product -> inStock(product.stock().available()))
        .map(Product::data)
        .filter(variant -> !variant.finalSale())
        .forEach(
            variant ->
                variants
                    .computeIfAbsent(variant.variantOf(), g -> new java.util.ArrayList<>())
                    .add(variant));
    return variants;
  }

  private static boolean inStock(Integer available) {
    return available == null || available > 0;
  }

  private Map<Integer, Integer> returnedQuantities(CustomerOrder order) {
    Map<Integer, Integer> returned = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(ReturnCase.RETURNED_QUANTITIES, Object[].class)
            .setParameter("orderId", order.getId())
            .getResultList()) {
      returned.put((Integer) row[0], ((Number) row[1]).intValue());
    }
    return returned;
  }

  /**
   * An order line as the policy sees it, with its name, its product when the catalog has it, and
   * the other variants of that product.
   */
  public record Line(
      LineFacts facts, String name, ProductData product, List<ProductData> variants) {}
}
