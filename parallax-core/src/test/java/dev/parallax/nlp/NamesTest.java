package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void transliterationsTyposAndCaseAreTheSameName() {
    assertThat(Names.samePerson("Volodymyr Zelensky", "Volodymyr Zelenskyy")).isTrue();
    assertThat(Names.samePerson("Volodymyr Zelenskiy", "Volodymyr Zelensky")).isTrue();
    assertThat(Names.samePerson("Sergei Lavrov", "Sergey Lavrov")).isTrue();
    assertThat(Names.samePerson("Emanuel Macron", "Emmanuel Macron")).isTrue();
    assertThat(Names.samePerson("Olaf Sholz", "Olaf Scholz")).isTrue();
    assertThat(Names.samePerson("Donald J. Trump", "D. Trump")).isTrue();
    assertThat(Names.sameName("Riyadh", "Riyad")).isTrue();
    assertThat(Names.sameName("Nato", "NATO")).isTrue();
    assertThat(Names.sameName("Zürich", "Zurich")).isTrue();
  }

  @Test
  void namesThatOnlyLookAlikeStayApart() {
    assertThat(Names.samePerson("Donald Trump", "Donald Tusk")).isFalse();
    assertThat(Names.samePerson("Sergei Lavrov", "Sergei Skripal")).isFalse();
    assertThat(Names.samePerson("Ed Miliband", "David Miliband")).isFalse();
    assertThat(Names.sameName("Iran", "Iraq")).isFalse();
    assertThat(Names.sameName("Austria", "Australia")).isFalse();
    assertThat(Names.sameWord("Trump", "Tusk")).isFalse();
  }

  @Test
  void initialsOfAnOrganisation() {
    assertThat(Names.initials("North Atlantic Treaty Organization")).isEqualTo("NATO");
  }
}
