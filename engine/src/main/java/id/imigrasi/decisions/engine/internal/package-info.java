/**
 * How an evaluation works: compiling workbooks with Drools, firing the rows in force on
 * the legal date, turning fired rows into findings, ordering them by severity, merging
 * referrals and resolving dated citations. Not for use outside the engine.
 */
package id.imigrasi.decisions.engine.internal;
