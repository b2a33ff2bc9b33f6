package dev.parallax.server;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing: after too many failures in a window, further tries for that account, or from
 * that address, are refused until the window has passed. Unknown accounts are counted like known ones, so
 * the refusal says nothing about which exist. Kept in memory: a restart forgets it, which costs an attacker
 * a restart they cannot cause.
 */
final class SignInThrottle {

  private static final int MAX_KEYS = 50_000;

  private final InstantSource clock;
  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  SignInThrottle(InstantSource clock, int perAccount, int perAddress, Duration window) {
    this.clock = clock;
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = window;
  }

  /** Whether another try is allowed now for this account (a normalised address, or what was typed) from this address. */
  synchronized boolean allowed(String account, String address) {
    return recent("a:" + account) < perAccount && recent("i:" + address) < perAddress;
  }

  synchronized void failed(String account, String address) {
    if (failures.size() > MAX_KEYS) prune();
    Instant now = clock.instant();
    failures.computeIfAbsent("a:" + account, k -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent("i:" + address, k -> new ArrayDeque<>()).addLast(now);
  }

  /** A right password clears the account's failures (not the address's). */
  synchronized void succeeded(String account) {
    failures.remove("a:" + account);
  }

  Duration window() {
    return window;
  }

  private int recent(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) return 0;
    Instant since = clock.instant().minus(window);
    while (!d.isEmpty() && !d.peekFirst().isAfter(since)) d.removeFirst();
    if (d.isEmpty()) failures.remove(key);
    return d.size();
  }

  private void prune() {
    Instant since = clock.instant().minus(window);
    failures.values().removeIf(d -> d.isEmpty() || !d.peekLast().isAfter(since));
    if (failures.size() > MAX_KEYS) failures.clear(); // a flood of addresses: forget rather than grow without end
  }
}
