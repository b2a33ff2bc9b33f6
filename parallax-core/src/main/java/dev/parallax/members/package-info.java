/**
 * Members-only titles: which outlets and which sources an admin marked members-only, and whether an
 * article is members-only through either. The web app asks here before it shows an article's text to
 * anyone who is not a member; everything else (headlines, dates, the story briefs) stays public.
 */
package dev.parallax.members;
