package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HalfFloatsTest {

  @Test
  void keepsAUnitVectorsCosinesToAThousandth() {
    Random r = new Random(1);
    for (int n = 0; n < 50; n++) {
      float[] a = unit(r);
      float[] b = unit(r);
      assertThat(HalfFloats.encode(a)).hasSize(768);
      double exact = dot(a, b);
      double stored = dot(HalfFloats.decode(HalfFloats.encode(a)), HalfFloats.decode(HalfFloats.encode(b)));
      assertThat(stored).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.001));
    }
  }

  @Test
  void refusesBytesThatAreNoVector() {
    assertThatThrownBy(() -> HalfFloats.decode(new byte[3])).hasMessageContaining("3 bytes");
    assertThatThrownBy(() -> HalfFloats.decode(null)).hasMessageContaining("null");
    assertThatThrownBy(() -> HalfFloats.decode(new byte[] {0, 0x7e})).hasMessageContaining("value 0").hasMessageContaining("NaN");
    assertThatThrownBy(() -> HalfFloats.encode(new float[] {0, Float.POSITIVE_INFINITY})).hasMessageContaining("value 1");
  }

  private static float[] unit(Random r) {
    float[] v = new float[384];
    double n = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
      n += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
    return v;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
