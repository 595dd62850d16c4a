/**
 * The work network: administrative divisions (national codes) and functional units, as a tree
 * from the province down to villages and communities. Other modules refer to units by id and use
 * {@link org.tongxin.org.Units} and {@link org.tongxin.org.UnitAccess}; nothing reads
 * {@code org_unit} but this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation network")
package org.tongxin.org;
