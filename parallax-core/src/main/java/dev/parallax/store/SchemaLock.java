package dev.parallax.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the creation and upgrade of an embedded database between processes (a file lock next to it)
 * and between threads (file locks are held per process). Without it, two first runs at once on a new data
 * folder both run the Flyway migrations, and one fails with SQLite's SQLITE_BUSY in the middle of them;
 * with it, the second waits and finds the schema ready. Held only while a store opens.
 */
final class SchemaLock implements AutoCloseable {

  private static final ReentrantLock IN_PROCESS = new ReentrantLock();
  private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(2);

  private final FileChannel channel;
  private final FileLock lock;

  private SchemaLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Waits for the lock on {@code lockFile} (at most two minutes), for the database {@code database}. On a
   * folder where no file can be created (a read-only copy) it goes on without one: nothing can migrate there.
   */
  static SchemaLock take(Path lockFile, Path database) throws StoreException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    try {
      if (!IN_PROCESS.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) throw busy(database);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to open " + database, e);
    }
    FileChannel channel = null;
    try {
      try {
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (AccessDeniedException e) {
        return new SchemaLock(null, null);
      } catch (FileSystemException e) {
        if (e.getMessage() != null && e.getMessage().contains("Read-only file system")) return new SchemaLock(null, null);
        throw e;
      }
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // cannot happen while IN_PROCESS is held, but never spin on it without a bound
        }
        if (lock != null) return new SchemaLock(channel, lock);
        if (System.currentTimeMillis() > deadline) throw busy(database);
        Thread.sleep(50);
      }
    } catch (IOException | InterruptedException | StoreException | RuntimeException e) {
      IN_PROCESS.unlock();
      closeQuietly(channel);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting to open " + database, e);
      }
      if (e instanceof StoreException se) throw se;
      if (e instanceof RuntimeException re) throw re;
      throw new StoreException("cannot lock " + lockFile + " to open " + database + ": " + e.getMessage(), e);
    }
  }

  private static StoreException busy(Path database) {
    return new StoreException(
        "another Parallax process has been creating or upgrading " + database + " for over two minutes;"
            + " let it finish (or stop it) and try again");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // the lock goes with the channel; nothing else to release
    }
  }

  @Override
  public void close() {
    try {
      if (lock != null) lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    } finally {
      closeQuietly(channel);
      IN_PROCESS.unlock();
    }
  }
}
