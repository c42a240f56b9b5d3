/**
 * The database every module shares: the embedded server of the run mode, the external
 * server's URL, and the translation of violated constraints into refusals.
 */
@NamedInterface("database")
package io.mercato.shared.database;

import org.springframework.modulith.NamedInterface;
