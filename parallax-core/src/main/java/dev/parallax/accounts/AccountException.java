package dev.parallax.accounts;

/**
 * An expected refusal (the address is taken, the invitation is used, sign-up is closed), with a message a
 * person can be shown. Never says whether some other account exists.
 */
public final class AccountException extends Exception {

  public AccountException(String message) {
    super(message);
  }
}
