package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.logistics.entity.Shipment;
import org.returnport.policy.boundary.ReturnPolicies;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;

/**
 * Describes an approved return's parcel for its label and customs form: from the shopper's shipping
 * address to the hub, the goods with their catalog data (HS code, origin, weight) and the reasons
 * in the words of the policy version the return was judged by.
 */
@Dependent
public class ShipmentPapers {

  @PersistenceContext EntityManager em;

  @Inject ReturnPolicies policies;

  public Shipment of(ReturnCase returnCase, String storeName) {
    CustomerOrder order =
        em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
            .setParameter("number", returnCase.getOrderNumber())
            .getSingleResult();
    PolicyRules rules = returnCase.rulesOf(policies.version(returnCase.getPolicyVersion()));
    Map<String, ProductData> products = new HashMap<>();
    List<String> skus = returnCase.getLines().stream().map(ReturnLine::getSku).toList();
    em.createQuery("SELECT p FROM Product p WHERE p.sku IN :skus", Product.class)
        .setParameter("skus", skus)
        .getResultStream()
        .forEach(product -> products.put(product.getSku(), product.data()));
    List<Shipment.Item> items =
        returnCase.getLines().stream()
            .map(
                line -> {
                  ProductData product = products.get(line.getSku());
                  return new Shipment.Item(
                      line.getSku(),
                      product == null ? line.getName() : product.nameEn(),
                      line.getQuantity(),
                      product == null ? null : product.hsCode(),
                      product == null ? null : product.originCountry(),
                      product == null ? 0 : product.weightGrams(),
                      line.getValue(),
                      rules
                          .reason(line.getReason())
                          .map(r -> r.label().en())
                          .orElse(line.getReason()));
                })
            .toList();
    var data = order.data();
    return new Shipment(
        storeName,
        returnCase.getRma(),
        returnCase.getOrderNumber(),
        new Shipment.Party(data.shopperName(), data.shipAddress(), data.shipCountry()),
        new Shipment.Party(
            returnCase.getHubName(), returnCase.getHubAddress(), returnCase.getHubCountry()),
        returnCase.getHubCarrier(),
        returnCase.getShipBy(),
        returnCase.getItemsValue().currency(),
        items);
  }
}
