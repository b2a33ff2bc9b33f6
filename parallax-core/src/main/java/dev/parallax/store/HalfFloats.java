package dev.parallax.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Vectors as IEEE half-precision floats, little-endian: half the bytes of floats, and ample for unit-length
 * embeddings (a cosine moves by less than 0.001). Only finite values: an embedding has no other.
 */
final class HalfFloats {

  private HalfFloats() {}

  static byte[] encode(float[] v) {
    for (int i = 0; i < v.length; i++)
      if (!Float.isFinite(v[i])) throw new IllegalArgumentException("value " + i + " of the vector is " + v[i]);
    ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : v) b.putShort(Float.floatToFloat16(x));
    return b.array();
  }

  static float[] decode(byte[] bytes) {
    if (bytes == null || bytes.length % 2 != 0)
      throw new IllegalArgumentException(
          "not a vector of half floats: " + (bytes == null ? "null" : bytes.length + " bytes"));
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 2];
    for (int i = 0; i < v.length; i++) {
      v[i] = Float.float16ToFloat(b.getShort());
      if (!Float.isFinite(v[i])) throw new IllegalArgumentException("value " + i + " of the vector is " + v[i]);
    }
    return v;
  }
}
