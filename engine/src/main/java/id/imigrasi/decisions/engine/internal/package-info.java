/**
 * How an evaluation works: compiling workbooks with Drools, firing the rows in force on
 * the legal date, turning fired rows into findings, ordering them by severity, merging
 * referrals and resolving dated citations. {@code Provider} implements the root's
 * {@code EngineServices}; the sub-packages read the workbooks ({@code tables}), catalogue
 * the facts ({@code facts}) and check the tables ({@code validation}). Code here may use
 * the engine's public types; nothing outside the engine uses this package.
 */
package id.imigrasi.decisions.engine.internal;
