package org.returnport.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {

  public record Entry(String kind, long contentId) {}

  private final RecordProperties cut = new RecordProperties();

  /** A bare context: the resolver under test needs nothing of it but the resolved flag. */
  private ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return cut;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void readsAComponentAsAProperty() {
    ELContext context = context();
    assertThat(cut.getValue(context, new Entry("POST", 12), "contentId")).isEqualTo(12L);
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesWhatIsNotARecordComponentToTheOtherResolvers() {
    ELContext context = context();
    assertThat(cut.getValue(context, new Entry("POST", 12), "title")).isNull();
    assertThat(cut.getValue(context, "not a record", "kind")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void refusesToWriteAComponent() {
    ELContext context = context();
    assertThat(cut.isReadOnly(context, new Entry("POST", 12), "kind")).isTrue();
    assertThatThrownBy(() -> cut.setValue(context(), new Entry("POST", 12), "kind", "REVIEW"))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
