/* The explorer's network map: Cytoscape.js fed by the page (data-graph) and grown through Faces ajax. */
window.AtlasMap = (function () {
    'use strict';
    var KIND_COLOURS = {
        CHARITY: '#1d70b8', COMMUNITY_GROUP: '#00703c', SOCIAL_ENTERPRISE: '#6f2c91',
        INFRASTRUCTURE_BODY: '#d4351c', FUNDER: '#b35900', STATUTORY_BODY: '#4c2c92', RESEARCH_BODY: '#505a5f'
    };
    var TYPE_WORDS = { ORGANISATION: 'Organisation', NETWORK: 'Network', CONSORTIUM: 'Consortium' };
    var TIE_WORDS = {
        MEMBER_OF: 'member of', PARTNER_IN: 'partner in', COLLABORATES_WITH: 'collaborates with',
        SUPPORTED_BY: 'supported by'
    };
    var cy;

    /** The explorer page for each kind of node (organisation.xhtml?id=…). */
    var PAGES = { ORGANISATION: 'organisation', NETWORK: 'network', CONSORTIUM: 'consortium' };

    function toElements(graph) {
        var nodes = graph.nodes.map(function (n) {
            return { group: 'nodes', data: {
                id: n.id, label: n.label, type: n.type, kind: n.kind || '', formality: n.formality || '',
                degree: n.degree, colour: n.type === 'NETWORK' ? '#28a197'
                    : n.type === 'CONSORTIUM' ? '#594d00' : (KIND_COLOURS[n.kind] || '#505a5f') } };
        });
        var edges = graph.edges.map(function (e) {
            return { group: 'edges', data: {
                id: e.source + '|' + e.type + '|' + e.target, source: e.source, target: e.target, type: e.type,
                formality: e.formality || 'UNSTATED', status: e.status || 'CONFIRMED' } };
        });
        return nodes.concat(edges);
    }

    function style() {
        return [
            { selector: 'node', style: {
                'background-color': 'data(colour)', 'label': 'data(label)', 'color': '#0b0c0c',
                'font-size': function () { return LABEL_PX / zoom(); },
                'text-margin-y': function () { return 3 / zoom(); },
                'text-max-width': function () { return 150 / zoom(); },
                'text-valign': 'bottom', 'text-wrap': 'ellipsis',
                'width': 'mapData(degree, 0, 40, 16, 56)', 'height': 'mapData(degree, 0, 40, 16, 56)' } },
            { selector: 'node[type = "NETWORK"]', style: { 'shape': 'diamond' } },
            { selector: 'node[type = "CONSORTIUM"]', style: { 'shape': 'hexagon' } },
            { selector: 'edge', style: { 'width': 1, 'line-color': '#8a8f93', 'curve-style': 'haystack' } },
            { selector: 'edge[formality = "FORMAL"]', style: { 'width': 3, 'line-color': '#0b0c0c', 'line-style': 'solid' } },
            { selector: 'edge[formality = "SEMI_FORMAL"]', style: { 'width': 2, 'line-color': '#383f43', 'line-style': 'dashed' } },
            { selector: 'edge[formality = "INFORMAL"]', style: { 'width': 2, 'line-color': '#505a5f', 'line-style': 'dotted' } },
            { selector: 'edge[status = "CLAIMED"]', style: { 'opacity': 0.45 } },
            { selector: '.highlighted', style: { 'border-width': 5, 'border-color': '#ffdd00', 'z-index': 10 } },
            { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
            { selector: 'node.keyboard-focus', style: { 'border-width': 4, 'border-color': '#0b0c0c',
                'overlay-color': '#ffdd00', 'overlay-opacity': 0.45, 'overlay-padding': 6, 'text-opacity': 1,
                'z-index': 20 } },
            { selector: 'node.isolated-hidden', style: { 'display': 'none' } },
            { selector: '.faded', style: { 'opacity': 0.2 } }
        ];
    }

    function layout(fit) {
        var big = cy.nodes().length > 600;
        cy.elements(':visible').layout(big
            ? { name: 'concentric', concentric: function (n) { return n.data('degree'); }, levelWidth: function () { return 4; }, animate: false, fit: fit }
            : { name: 'cose', animate: false, fit: fit, nodeRepulsion: 6000, idealEdgeLength: 70, numIter: 600 }).run();
    }

    /** Labels keep one size on screen (12px) whatever the zoom: zooming in makes room for more of them. */
    var LABEL_PX = 12;

    function zoom() {
        return cy ? cy.zoom() : 1;
    }

    function sizeLabels() {
        cy.style().update();
    }

    function overlaps(a, b) {
        return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    }

    /**
     * Labels are never drawn on top of each other: the best-connected (and highlighted) nodes keep theirs, a
     * label that would overlap one already shown is hidden until zooming in makes room. Rerun after each zoom.
     */
    function declutter() {
        var view = cy.extent();
        var shown = [];
        var nodes = cy.nodes(':visible').sort(function (a, b) {
            return (b.hasClass('highlighted') - a.hasClass('highlighted')) || (b.data('degree') - a.data('degree'));
        });
        cy.batch(function () {
            nodes.forEach(function (n) {
                var box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
                var onScreen = box.w > 0 && overlaps(box, view);
                var free = onScreen && !shown.some(function (other) { return overlaps(other, box); });
                if (free) { shown.push(box); }
                n.toggleClass('label-hidden', !free);
            });
        });
    }

    var redrawQueued = false;
    function afterViewChange() {
        if (redrawQueued) { return; }
        redrawQueued = true;
        window.requestAnimationFrame(function () {
            redrawQueued = false;
            sizeLabels();
            declutter();
        });
    }

    /** Organisations with no tie on the map are set aside behind a toggle rather than piled in rows. */
    function isolatedNodes() {
        return cy.nodes().filter(function (n) { return n.connectedEdges().length === 0; });
    }

    function showIsolated(show) {
        var isolated = isolatedNodes();
        var button = document.getElementById('map-isolated');
        isolated.toggleClass('isolated-hidden', !show);
        if (show && isolated.length) {
            var tied = cy.nodes().difference(isolated);
            var box = tied.length ? tied.boundingBox() : { x1: 0, y2: 0, w: 600 };
            var columns = Math.max(1, Math.floor(Math.max(box.w, 600) / 190));
            isolated.layout({ name: 'grid', cols: columns, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
                boundingBox: { x1: box.x1, y1: box.y2 + 80, w: columns * 190,
                    h: Math.ceil(isolated.length / columns) * 90 }, fit: false, animate: false }).run();
            cy.fit(cy.nodes(':visible'), 20);
        }
        if (button) {
            button.hidden = isolated.length === 0;
            button.setAttribute('aria-pressed', show ? 'true' : 'false');
            button.textContent = (show ? 'Hide' : 'Show') + ' the ' + isolated.length + ' organisations without ties';
        }
        afterViewChange();
    }

    /*
     * Keyboard use of the canvas (it takes focus): the arrow keys move to the neighbour lying most nearly in
     * that direction (the first press picks the best-connected node), Enter opens its card, Escape closes it.
     */
    var current = null;
    var ARROWS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

    function moveTo(node) {
        if (current) { current.removeClass('keyboard-focus'); }
        current = node;
        node.addClass('keyboard-focus');
        var view = cy.extent(), p = node.position();
        if (p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2) { cy.center(node); afterViewChange(); }
        var neighbours = node.neighborhood('node:visible').length;
        status(node.data('label') + ': ' + neighbours + (neighbours === 1 ? ' neighbour' : ' neighbours')
            + ' on the map. Arrow keys move to a neighbour, Enter opens its card.');
    }

    function neighbourToward(direction) {
        var from = current.position(), best = null, bestScore = -Infinity;
        current.neighborhood('node:visible').forEach(function (n) {
            var dx = n.position().x - from.x, dy = n.position().y - from.y, length = Math.hypot(dx, dy) || 1;
            var along = (dx * direction[0] + dy * direction[1]) / length; // cosine of the angle to the arrow
            var score = along - length / 10000; // the straighter first, then the nearer
            if (along > 0.2 && score > bestScore) { best = n; bestScore = score; }
        });
        return best;
    }

    function onCanvasKey(e) {
        if (ARROWS[e.key]) {
            e.preventDefault();
            if (!current || current.removed() || !current.visible()) {
                var first = cy.nodes(':visible').max(function (n) { return n.data('degree'); }).ele;
                if (first) { moveTo(first); }
                return;
            }
            var next = neighbourToward(ARROWS[e.key]);
            if (next) { moveTo(next); } else { status('No neighbour of ' + current.data('label') + ' that way.'); }
        } else if (e.key === 'Enter' && current) {
            e.preventDefault();
            showCard(current);
        } else if (e.key === 'Escape') {
            closeCard();
        }
    }

    function closeCard() {
        var card = document.getElementById('map-card');
        card.replaceChildren(text('p', 'Select a node to see who it is and to grow the map from it.', 'hint'));
    }

    function fitView() {
        cy.elements().removeClass('highlighted faded');
        cy.fit(cy.nodes(':visible'), 20);
        afterViewChange();
    }

    function status(text) {
        document.getElementById('map-status').textContent = text;
    }

    function text(tag, content, cls) {
        var el = document.createElement(tag);
        el.textContent = content;
        if (cls) { el.className = cls; }
        return el;
    }

    function showCard(node) {
        var card = document.getElementById('map-card');
        card.replaceChildren();
        var d = node.data();
        card.appendChild(text('h2', d.label));
        card.appendChild(text('p', TYPE_WORDS[d.type] + (d.kind ? ' · ' + d.kind.toLowerCase().replace(/_/g, ' ') : '')
            + (d.formality ? ' · ' + d.formality.toLowerCase().replace(/_/g, '-') : '')));
        card.appendChild(text('p', d.degree + (d.degree === 1 ? ' tie' : ' ties') + ' in the whole network'));
        var ties = document.createElement('ul');
        node.connectedEdges().forEach(function (e) {
            var other = e.source().id() === node.id() ? e.target() : e.source();
            var words = e.source().id() === node.id() ? TIE_WORDS[e.data('type')] + ' ' + other.data('label')
                : other.data('label') + ' ' + TIE_WORDS[e.data('type')] + ' this';
            ties.appendChild(text('li', words + (e.data('status') === 'CLAIMED' ? ' (claimed)' : '')));
        });
        card.appendChild(ties);
        var page = PAGES[d.type];
        if (page) {
            var link = text('a', 'Open the ' + page + ' page');
            // The embedded map (embed/map.xhtml) opens the atlas's own pages, in a new tab.
            var base = document.getElementById('network-map').dataset.pages || '';
            link.href = base + page + '.xhtml?id=' + encodeURIComponent(d.id);
            if (base) { link.target = '_blank'; link.rel = 'noopener'; }
            card.appendChild(link);
        }
        if (window.atlasExpand) { // not on the read-only embedded map
            var grow = text('button', 'Show its neighbourhood', 'button');
            grow.type = 'button';
            grow.addEventListener('click', function () { expand(d.id); });
            card.appendChild(grow);
        }
    }

    /** The address holds the view: each node grown from joins expand=a,b, so a link reopens this map. */
    function rememberExpansion(id) {
        var url = new URL(window.location.href);
        var grown = (url.searchParams.get('expand') || '').split(',').filter(Boolean);
        if (grown.indexOf(id) < 0) { grown.push(id); }
        url.searchParams.set('expand', grown.join(','));
        window.history.replaceState(null, '', url.pathname + url.search);
        var form = document.querySelector('form.map-filters');
        var hidden = form && form.querySelector('input[name=expand]');
        if (form && !hidden) {
            hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = 'expand';
            form.appendChild(hidden);
        }
        if (hidden) { hidden.value = grown.join(','); }
    }

    var expanding = null;

    function expand(id) {
        expanding = id;
        status('Loading the neighbourhood…');
        window.atlasExpand([{ name: 'nodeId', value: id }]);
    }

    function merge(args) {
        if (!args || !args.graph) { status('Could not load the neighbourhood.'); return; }
        var added = cy.add(toElements(JSON.parse(args.graph)).filter(function (el) {
            return cy.getElementById(el.data.id).empty();
        }));
        if (expanding) { rememberExpansion(expanding); expanding = null; }
        var button = document.getElementById('map-isolated');
        showIsolated(button && button.getAttribute('aria-pressed') === 'true');
        layout(false);
        afterViewChange();
        status(added.nodes().length + ' nodes added.');
    }

    function find() {
        var wanted = document.getElementById('map-search').value.trim().toLowerCase();
        cy.elements().removeClass('highlighted faded');
        if (!wanted) { return; }
        var hits = cy.nodes().filter(function (n) { return n.data('label').toLowerCase().indexOf(wanted) >= 0; });
        if (hits.some(function (n) { return n.hasClass('isolated-hidden'); })) { showIsolated(true); }
        if (hits.empty()) { status('Nothing on the map matches "' + wanted + '". Clear the filters or grow the map.'); return; }
        cy.elements().addClass('faded');
        hits.removeClass('faded').addClass('highlighted');
        hits.connectedEdges().removeClass('faded');
        cy.animate({ center: { eles: hits }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
        hits.first().select();
        showCard(hits.first());
        afterViewChange();
        status(hits.length + ' found: ' + hits.map(function (n) { return n.data('label'); }).join(', '));
    }

    /** An iframe of the read-only embedded map showing this view (filters, focus, expansions). */
    function copyEmbedCode() {
        var src = new URL('embed/map.xhtml' + window.location.search, window.location.href).href;
        var code = '<iframe src="' + src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
            + '" title="Third Sector Atlas network map" width="100%" height="600" loading="lazy"></iframe>';
        var box = document.getElementById('embed-code');
        box.value = code;
        box.parentElement.hidden = false;
        box.select();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(code).then(function () { status('Embed code copied.'); },
                function () { status('Copy the embed code shown below the map.'); });
        } else {
            status('Copy the embed code shown below the map.');
        }
    }

    function exportPng() {
        var link = document.createElement('a');
        link.href = cy.png({ full: true, bg: '#ffffff', scale: 2 });
        link.download = 'third-sector-atlas-map.png';
        document.body.appendChild(link);
        link.click();
        link.remove();
    }

    /** The pathway finder's map: the organisations on the pathways, each hop an edge named by its tie. */
    function drawPathways(container) {
        var graph = JSON.parse(container.dataset.graph);
        var elements = graph.nodes.map(function (n) {
            return { group: 'nodes', data: { id: n.id, label: n.label, type: 'ORGANISATION', degree: n.end ? 30 : 10,
                colour: n.end ? '#0b5394' : '#505a5f' } };
        }).concat(graph.edges.map(function (e) {
            return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label,
                formality: e.formality, status: e.status, best: e.best ? 'yes' : 'no' } };
        }));
        var pathways = window.cytoscape({ container: container, elements: elements, minZoom: 0.3, maxZoom: 3,
            style: style().concat([
                { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'curve-style': 'bezier',
                    'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } },
                { selector: 'edge[best = "yes"]', style: { 'line-color': '#0b5394', 'width': 4 } }]) });
        pathways.layout({ name: 'breadthfirst', directed: true, roots: pathways.getElementById(graph.from),
            spacingFactor: 1.1, animate: false }).run();
        document.body.dataset.pathwaysReady = 'true';
        return pathways;
    }

    /** The filter form's address carries only the filters chosen: empty fields leave it (no "kind=&"). */
    function dropEmptyFilters(form) {
        form.addEventListener('submit', function () {
            Array.prototype.forEach.call(form.elements, function (el) {
                if (el.name && !el.value) { el.disabled = true; }
            });
        });
        // Back from the next page, the fields are usable again.
        window.addEventListener('pageshow', function () {
            Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
        });
    }

    function init() {
        var filters = document.querySelector('form.map-filters');
        if (filters) { dropEmptyFilters(filters); }
        var pathwayMap = document.getElementById('pathway-map');
        if (pathwayMap && window.cytoscape) {
            cy = drawPathways(pathwayMap);
            return;
        }
        var container = document.getElementById('network-map');
        if (!container || !window.cytoscape) { return; }
        cy = window.cytoscape({ container: container, elements: toElements(JSON.parse(container.dataset.graph)),
            style: style(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
        showIsolated(false);
        layout(true);
        sizeLabels();
        declutter();
        cy.on('zoom', afterViewChange);
        cy.on('tap', 'node', function (e) { showCard(e.target); });
        var isolatedButton = document.getElementById('map-isolated');
        if (isolatedButton) {
            isolatedButton.addEventListener('click', function () {
                showIsolated(isolatedButton.getAttribute('aria-pressed') !== 'true');
            });
        }
        container.addEventListener('keydown', onCanvasKey);
        var fit = document.getElementById('map-fit');
        if (fit) { fit.addEventListener('click', fitView); }
        var search = document.getElementById('map-search');
        if (search) {
            document.getElementById('map-search-go').addEventListener('click', find);
            search.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') { e.preventDefault(); find(); }
            });
        }
        var png = document.getElementById('map-export');
        if (png) { png.addEventListener('click', exportPng); }
        var embed = document.getElementById('map-embed');
        if (embed) { embed.addEventListener('click', copyEmbedCode); }
        // Read by the browser tests: the map has drawn, and how long after navigation it took.
        window.atlasMapRenderedMs = Math.round(performance.now());
        document.body.dataset.mapReady = 'true';
    }

    document.addEventListener('DOMContentLoaded', init);
    return { merge: merge, find: find, fit: fitView, declutter: declutter, cy: function () { return cy; },
        current: function () { return current ? current.id() : null; } };
})();
