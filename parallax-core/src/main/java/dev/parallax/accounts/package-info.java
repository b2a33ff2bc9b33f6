/**
 * The people of an installation: accounts with a role (admin, member, reader), their sessions, script
 * tokens and password resets, invitations, and how sign-up works. {@link dev.parallax.accounts.Accounts}
 * holds the rules (hashing, the first account is an admin, trials, invitations); {@link
 * dev.parallax.accounts.UserStore} keeps the rows, in the same database as the articles.
 */
package dev.parallax.accounts;
