package dev.parallax.fetch;

/**
 * What a previous response said about its version, sent back for a conditional GET. Either part may be null.
 */
public record Validators(String etag, String lastModified) {

  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
