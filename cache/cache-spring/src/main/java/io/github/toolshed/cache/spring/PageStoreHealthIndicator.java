package io.github.toolshed.cache.spring;

import io.github.toolshed.cache.PageStore;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of the page store, the {@code pageCache} component of Actuator's health endpoint.
 *
 * <p>{@code UP} with the store's size while its backend answers. While a shared store's Redis
 * is unreachable the status is {@code DEGRADED}, with the reason and what requests get meanwhile
 * (the local level, or no page cache): requests are still served, so the application as a whole
 * stays up. Spring Boot leaves statuses it does not know out of the aggregate; an operator who
 * wants a node taken out of rotation adds {@code DEGRADED} to
 * {@code management.endpoint.health.status.order} and maps it in
 * {@code management.endpoint.health.status.http-mapping}.
 */
final class PageStoreHealthIndicator implements HealthIndicator {

    /** The status reported while the shared store's backend is unreachable. */
    static final Status DEGRADED = new Status("DEGRADED", "the shared page store is unreachable; requests are still served");

    private final PageStore store;
    private final List<StoreAvailability> availability;

    /**
     * Creates the indicator.
     *
     * @param store the page store the filter uses
     * @param availability the shared backends' availability (empty for a local store)
     */
    PageStoreHealthIndicator(PageStore store, List<StoreAvailability> availability) {
        this.store = store;
        this.availability = List.copyOf(availability);
    }

    /**
     * Reports the store's state.
     *
     * @return UP, or DEGRADED with the reason while Redis is unreachable
     */
    @Override
    public Health health() {
        // Read the store first: a shared store learns here, if no request told it yet, that Redis is gone.
        PageStore.Stats stats = store.stats();
        Health.Builder builder = Health.up().withDetail("store", store.getClass().getSimpleName());
        for (StoreAvailability backend : availability) {
            if (!backend.available()) {
                return Health.status(DEGRADED)
                        .withDetail("store", store.getClass().getSimpleName())
                        .withDetail("reason", backend.backend() + " is unreachable")
                        .withDetail("serving", backend.fallback())
                        .build();
            }
            builder.withDetail("backend", backend.backend());
        }
        return builder.withDetail("entries", stats.entries()).withDetail("bytes", stats.bytes()).build();
    }
}
