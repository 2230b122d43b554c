package org.returnport.web.console;

import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.returnport.returns.boundary.QueueFilter;
import org.returnport.returns.boundary.QueueRow;
import org.returnport.returns.boundary.ReturnsQueue;

/** The queue's rows, one page at a time from the database, newest first. */
class ReturnsQueueModel extends LazyDataModel<QueueRow> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<ReturnsQueue> queue;

  private final transient Supplier<QueueFilter> filter;

  ReturnsQueueModel(Supplier<ReturnsQueue> queue, Supplier<QueueFilter> filter) {
    this.queue = queue;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, queue.get().count(filter.get()));
  }

  @Override
  public java.util.List<QueueRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return queue.get().list(filter.get(), first, pageSize);
  }

  @Override
  public String getRowKey(QueueRow row) {
    return row.rma();
  }

  @Override
  public QueueRow getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(row -> row.rma().equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
