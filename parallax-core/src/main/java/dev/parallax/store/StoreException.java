package dev.parallax.store;

/** A storage failure, naming the store and the operation. Nothing partially written is left behind. */
public final class StoreException extends Exception {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
