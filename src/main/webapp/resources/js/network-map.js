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
                'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 10, 'color': '#0b0c0c',
                'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120,
                'width': 'mapData(degree, 0, 40, 16, 56)', 'height': 'mapData(degree, 0, 40, 16, 56)' } },
            { selector: 'node[type = "NETWORK"]', style: { 'shape': 'diamond' } },
            { selector: 'node[type = "CONSORTIUM"]', style: { 'shape': 'hexagon' } },
            { selector: 'edge', style: { 'width': 1, 'line-color': '#8a8f93', 'curve-style': 'haystack' } },
            { selector: 'edge[formality = "FORMAL"]', style: { 'width': 3, 'line-color': '#0b0c0c', 'line-style': 'solid' } },
            { selector: 'edge[formality = "SEMI_FORMAL"]', style: { 'width': 2, 'line-color': '#383f43', 'line-style': 'dashed' } },
            { selector: 'edge[formality = "INFORMAL"]', style: { 'width': 2, 'line-color': '#505a5f', 'line-style': 'dotted' } },
            { selector: 'edge[status = "CLAIMED"]', style: { 'opacity': 0.45 } },
            { selector: '.highlighted', style: { 'border-width': 5, 'border-color': '#ffdd00', 'z-index': 10 } },
            { selector: '.faded', style: { 'opacity': 0.2 } }
        ];
    }

    function layout(fit) {
        var big = cy.nodes().length > 600;
        cy.layout(big
            ? { name: 'concentric', concentric: function (n) { return n.data('degree'); }, levelWidth: function () { return 4; }, animate: false, fit: fit }
            : { name: 'cose', animate: false, fit: fit, nodeRepulsion: 6000, idealEdgeLength: 70, numIter: 600 }).run();
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
        card.appendChild(text('p', d.degree + ' ties in the whole network'));
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
            link.href = page + '.xhtml?id=' + encodeURIComponent(d.id);
            card.appendChild(link);
        }
        var grow = text('button', 'Show its neighbourhood', 'button');
        grow.type = 'button';
        grow.addEventListener('click', function () { expand(d.id); });
        card.appendChild(grow);
    }

    function expand(id) {
        status('Loading the neighbourhood…');
        window.atlasExpand([{ name: 'nodeId', value: id }]);
    }

    function merge(args) {
        if (!args || !args.graph) { status('Could not load the neighbourhood.'); return; }
        var added = cy.add(toElements(JSON.parse(args.graph)).filter(function (el) {
            return cy.getElementById(el.data.id).empty();
        }));
        layout(false);
        status(added.nodes().length + ' nodes added.');
    }

    function find() {
        var wanted = document.getElementById('map-search').value.trim().toLowerCase();
        cy.elements().removeClass('highlighted faded');
        if (!wanted) { return; }
        var hits = cy.nodes().filter(function (n) { return n.data('label').toLowerCase().indexOf(wanted) >= 0; });
        if (hits.empty()) { status('Nothing on the map matches "' + wanted + '". Clear the filters or grow the map.'); return; }
        cy.elements().addClass('faded');
        hits.removeClass('faded').addClass('highlighted');
        hits.connectedEdges().removeClass('faded');
        cy.animate({ center: { eles: hits }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
        hits.first().select();
        showCard(hits.first());
        status(hits.length + ' found: ' + hits.map(function (n) { return n.data('label'); }).join(', '));
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

    function init() {
        var pathwayMap = document.getElementById('pathway-map');
        if (pathwayMap && window.cytoscape) {
            cy = drawPathways(pathwayMap);
            return;
        }
        var container = document.getElementById('network-map');
        if (!container || !window.cytoscape) { return; }
        cy = window.cytoscape({ container: container, elements: toElements(JSON.parse(container.dataset.graph)),
            style: style(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
        layout(true);
        cy.on('tap', 'node', function (e) { showCard(e.target); });
        document.getElementById('map-search-go').addEventListener('click', find);
        document.getElementById('map-search').addEventListener('keydown', function (e) {
            if (e.key === 'Enter') { e.preventDefault(); find(); }
        });
        document.getElementById('map-export').addEventListener('click', exportPng);
        // Read by the browser tests: the map has drawn, and how long after navigation it took.
        window.atlasMapRenderedMs = Math.round(performance.now());
        document.body.dataset.mapReady = 'true';
    }

    document.addEventListener('DOMContentLoaded', init);
    return { merge: merge, find: find, cy: function () { return cy; } };
})();
