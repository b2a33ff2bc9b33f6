package dev.parallax.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The briefs that failed lately, by story: a bounded memory, the oldest forgotten first. Thread-safe. */
final class BriefFailures {

  static final int KEPT = 1_000;

  private final Map<String, BriefException.Failure> byStory =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BriefException.Failure> eldest) {
          return size() > KEPT;
        }
      };

  synchronized void put(BriefException.Failure failure) {
    byStory.remove(failure.storyId()); // re-inserted last
    byStory.put(failure.storyId(), failure);
  }

  synchronized void remove(String storyId) {
    byStory.remove(storyId);
  }

  /** The story's failure if it is for these members and not yet due for another try, else null. */
  synchronized BriefException.Failure recent(String storyId, String signature, Instant now) {
    BriefException.Failure f = byStory.get(storyId);
    return f != null && f.signature().equals(signature) && now.isBefore(f.retryAt()) ? f : null;
  }

  synchronized List<BriefException.Failure> all() {
    return new ArrayList<>(byStory.values());
  }
}
