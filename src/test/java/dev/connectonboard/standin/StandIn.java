package dev.connectonboard.standin;

import dev.connectonboard.provider.spi.Values;

/** A configured stand-in: what it knows of the real provider, its cloud, and the provider block's values. */
record StandIn(Flavour flavour, StandInCloud cloud, Values providerConfig) {

    Fabricator fabricator() {
        return new Fabricator(flavour, providerConfig);
    }
}
