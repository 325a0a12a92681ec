package fi.respiteplanner.api.plans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, plans that were queued or solving when the service last stopped (a crash, a kill) are
 * marked INTERRUPTED: their last saved best solution is kept and they can be resumed.
 */
@Component
class InterruptedPlans implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedPlans.class);

    private final PlanStore store;

    InterruptedPlans(PlanStore store) {
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = store.markInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} plans were solving or queued when the service stopped; they are INTERRUPTED and can be resumed", interrupted);
        }
    }
}
