package org.sendplan.model;

/**
 * A placement setting as the data records it, mapped to the provision it counts towards.
 * The DfE route has a fixed catalogue ({@link DfeSetting}); an authority's own settings come
 * from its settings file.
 */
public record Setting(String code, String label, Provision provision) {
}
