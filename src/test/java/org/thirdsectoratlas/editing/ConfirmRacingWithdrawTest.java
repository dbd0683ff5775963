package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.editing.application.EditPolicy;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TiePermission;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jChangeHistory;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jOrganisationEdits;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jTies;
import org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupEditRepository;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * A confirm racing a withdraw on the real embedded Neo4j. Organisation "keeper" is the only confirmed member of
 * a network recorded through the Atlas, so its members speak for the network: they may confirm "joiner"'s claim
 * to membership. At the same moment keeper's own membership is withdrawn. Whichever commits first, the other
 * must see it: either the confirm comes first (both succeed, in that order in the change log) or the withdraw
 * does (keeper no longer speaks for the network and the confirm is refused). A confirm recorded after the
 * withdraw would be a confirmation by someone who, when it was written, had no say.
 */
class ConfirmRacingWithdrawTest {

    private static Neo4jOrganisationEdits organisations;
    private static Neo4jChangeHistory changes;
    private static Neo4jTies tieRepository;
    private static Neo4jGroupEditRepository groups;
    private static ExecutorService threads;

    @BeforeAll
    static void seed() {
        var graph = TestGraph.seeded();
        organisations = new Neo4jOrganisationEdits(graph);
        changes = new Neo4jChangeHistory(graph);
        tieRepository = new Neo4jTies(graph);
        groups = new Neo4jGroupEditRepository(graph);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    /** A network with keeper CONFIRMED and joiner's membership CLAIMED by joiner; returns the two tie ids. */
    private record Scene(String network, String keeperTie, String joinerTie, Caller keeper, Caller joiner) {
    }

    private static Scene scene(String name) {
        String keeper = name + "-keeper";
        String joiner = name + "-joiner";
        String network = name + "-network";
        for (String id : List.of(keeper, joiner)) {
            organisations.create(id, new OrganisationDraft(null, "Race " + id, "COMMUNITY_GROUP", null, List.of(), null, null,
                    List.of(), List.of(), "PUBLIC"), "moderator");
        }
        EditableGroup created = groups.createNetwork(network, new NetworkDraft(null, "Race " + network, null,
                "INFORMAL", List.of(new Partner(keeper, null))), keeper::equals, "member-" + keeper);
        String keeperTie = created.ties().get(0).id();
        Tie claim = tieRepository.claim(new TieClaim("MEMBERSHIP", joiner, network, null, "PUBLIC"), "member-" + joiner);
        assertEquals(Set.of(keeper), tieRepository.liveTies(Set.of(joiner), false, 10).stream()
                .filter(t -> t.tie().id().equals(claim.id())).findFirst().orElseThrow().otherSide(),
                "keeper speaks for the network");
        return new Scene(network, keeperTie, claim.id(),
                new Caller("member-" + keeper, Set.of(Caller.MEMBER), Set.of(keeper)),
                new Caller("member-" + joiner, Set.of(Caller.MEMBER), Set.of(joiner)));
    }

    private static Tie move(String tieId, TieTransition transition, Caller caller, TiePermission permission) {
        return tieRepository.transition(tieId, transition, caller.viewer(), caller.user(), permission);
    }

    /** The network's confirms and withdrawals in the change log, oldest first. */
    private static List<Change> moves(String network) {
        return changes.history(network, 0, 50).items().stream()
                .filter(c -> c.action().equals("CONFIRM") || c.action().equals("WITHDRAW"))
                .sorted(java.util.Comparator.comparingLong(Change::sequence)).toList();
    }

    private static String status(String tieId) {
        return tieRepository.tie(tieId, new org.thirdsectoratlas.shared.domain.Viewer(Set.of(), true)).orElseThrow().status();
    }

    /** Asserts one of the two consistent outcomes and returns which: true when the confirm went first. */
    private static boolean consistentOutcome(Scene scene, Future<Tie> confirm, Future<Tie> withdraw)
            throws InterruptedException {
        Tie withdrawn;
        try {
            withdrawn = withdraw.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the withdraw is always allowed (keeper withdraws its own membership)", e);
        }
        assertEquals("WITHDRAWN", withdrawn.status());
        assertEquals("WITHDRAWN", status(scene.keeperTie()));
        List<Change> moves = moves(scene.network());
        String order = moves.stream().map(Change::action).collect(Collectors.joining(","));
        try {
            Tie confirmed = confirm.get(60, TimeUnit.SECONDS);
            assertEquals("CONFIRMED", confirmed.status());
            assertEquals("CONFIRMED", status(scene.joinerTie()));
            assertEquals("CONFIRM,WITHDRAW", order, "a confirm that succeeded was written before the withdraw");
            return true;
        } catch (ExecutionException refused) {
            assertInstanceOf(ForbiddenException.class, refused.getCause(), "refused because keeper had no say left");
            assertEquals("CLAIMED", status(scene.joinerTie()));
            assertEquals("WITHDRAW", order, "a refused confirm leaves nothing in the change log");
            return false;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the confirm never finished", e);
        }
    }

    @Test
    void aConfirmAndAWithdrawStartedTogetherEndInOneOfTheTwoConsistentOutcomes() throws Exception {
        for (int round = 0; round < 4; round++) {
            Scene scene = scene("race-free-" + round);
            CountDownLatch start = new CountDownLatch(1);
            Future<Tie> confirm = threads.submit(() -> {
                start.await();
                return move(scene.joinerTie(), TieTransition.CONFIRM, scene.keeper(),
                        EditPolicy.requireCanMove(scene.keeper(), TieTransition.CONFIRM));
            });
            Future<Tie> withdraw = threads.submit(() -> {
                start.await();
                return move(scene.keeperTie(), TieTransition.WITHDRAW, scene.keeper(),
                        EditPolicy.requireCanMove(scene.keeper(), TieTransition.WITHDRAW));
            });
            start.countDown();
            consistentOutcome(scene, confirm, withdraw);
        }
    }

    /**
     * The confirm pauses right after its permission check passed, and the withdraw is let go at that moment: the
     * withdraw must wait until the confirm has committed (the check runs under the change-log lock), so the
     * confirm is written first. Were the check made before the lock, the withdraw would commit during the pause
     * and the confirm would then be written by someone who no longer had a say.
     */
    @Test
    void aWithdrawLetGoRightAfterTheConfirmsCheckWaitsForTheConfirmToCommit() throws Exception {
        Scene scene = scene("race-paused");
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch withdrawnDuringPause = new CountDownLatch(1);
        TiePermission realCheck = EditPolicy.requireCanMove(scene.keeper(), TieTransition.CONFIRM);
        Future<Tie> confirm = threads.submit(() -> move(scene.joinerTie(), TieTransition.CONFIRM, scene.keeper(),
                (tie, otherSide) -> {
                    realCheck.check(tie, otherSide);
                    checked.countDown();
                    try {
                        // Long enough for an unblocked withdraw to commit on this loaded machine.
                        if (withdrawnDuringPause.await(5, TimeUnit.SECONDS)) {
                            fail("the withdraw committed while the confirm held the change log");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        Future<Tie> withdraw = threads.submit(() -> {
            if (!checked.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the confirm never reached its check");
            }
            Tie withdrawn = move(scene.keeperTie(), TieTransition.WITHDRAW, scene.keeper(),
                    EditPolicy.requireCanMove(scene.keeper(), TieTransition.WITHDRAW));
            withdrawnDuringPause.countDown();
            return withdrawn;
        });

        assertTrue(consistentOutcome(scene, confirm, withdraw), "the confirm, checked first, commits first");
    }

    @Test
    void aConfirmAfterTheOnlySpeakerWithdrewIsRefusedAndChangesNothing() {
        Scene scene = scene("race-after");
        move(scene.keeperTie(), TieTransition.WITHDRAW, scene.keeper(),
                EditPolicy.requireCanMove(scene.keeper(), TieTransition.WITHDRAW));
        long changes = TestGraph.count("MATCH (c:Change) RETURN count(c)");

        try {
            move(scene.joinerTie(), TieTransition.CONFIRM, scene.keeper(),
                    EditPolicy.requireCanMove(scene.keeper(), TieTransition.CONFIRM));
            fail("keeper no longer speaks for the network");
        } catch (ForbiddenException expected) {
            assertEquals("CLAIMED", status(scene.joinerTie()));
            assertEquals(changes, TestGraph.count("MATCH (c:Change) RETURN count(c)"));
        }
    }
}
