package org.scrub837.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reader's 837 transaction schema (the same StAEDI schema file the validating pass uses) as
 * plain tables for {@link FastStructureCheck}: loops with their ordered entries, and every segment's
 * element positions. Read once per JVM; immutable.
 */
final class SchemaModel {

    /** One entry of a loop's sequence: a segment, or a child loop (started by its first segment). */
    record Entry(String segmentTag, Loop loop, int minOccurs, int maxOccurs) {
        /** The tag that starts this entry: the segment's, or the child loop's first segment's. */
        String startTag() {
            return loop != null ? loop.startTag() : segmentTag;
        }
    }

    /** A loop: its code (null for the transaction itself) and its entries in order. */
    static final class Loop {
        final String code;
        final List<Entry> entries = new ArrayList<>();

        Loop(String code) {
            this.code = code;
        }

        String startTag() {
            return entries.isEmpty() ? null : entries.get(0).startTag();
        }
    }

    enum Base { STRING, IDENTIFIER, NUMERIC, DECIMAL, DATE, TIME }

    /** A simple element type. */
    record SimpleType(String name, Base base, int minLength, int maxLength) {
    }

    /** One element position of a segment, or one component of a composite. */
    record Position(SimpleType simple, List<Position> components, boolean required, int maxOccurs) {
        boolean composite() {
            return components != null;
        }
    }

    /** A segment type: its declared element positions, plus how many undeclared ones it accepts. */
    record SegmentType(String tag, List<Position> positions, int anyTail) {
    }

    static final String RESOURCE = TransactionSchemas.RESOURCE;

    private final Loop transaction;
    private final Map<String, SegmentType> segments;

    private SchemaModel(Loop transaction, Map<String, SegmentType> segments) {
        this.transaction = transaction;
        this.segments = segments;
    }

    Loop transaction() {
        return transaction;
    }

    /** The segment type of a tag, or null when the schema does not declare it. */
    SegmentType segment(String tag) {
        return segments.get(tag);
    }

    static SchemaModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final SchemaModel MODEL = load();
    }

    private static SchemaModel load() {
        try (InputStream in = SchemaModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("unreadable 837 schema " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Raw declarations, resolved into types once the whole file is read. */
    private static final class Ref {
        final String kind; // element, composite, any
        final String type;
        final int min;
        final int max;

        Ref(String kind, String type, int min, int max) {
            this.kind = kind;
            this.type = type;
            this.min = min;
            this.max = max;
        }
    }

    static SchemaModel parse(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        Map<String, SimpleType> simples = new HashMap<>();
        Map<String, List<Ref>> composites = new HashMap<>();
        Map<String, List<Ref>> segmentRefs = new HashMap<>();
        Loop root = null;
        Deque<Loop> loops = new ArrayDeque<>();
        String openType = null;   // name of the compositeType or segmentType being read
        boolean openIsSegment = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "transaction":
                        root = new Loop(null);
                        loops.push(root);
                        break;
                    case "loop": {
                        Loop loop = new Loop(xml.getAttributeValue(null, "code"));
                        loops.peek().entries.add(new Entry(null, loop, intAttr(xml, "minOccurs", 0),
                                intAttr(xml, "maxOccurs", 1)));
                        loops.push(loop);
                        break;
                    }
                    case "segment":
                        loops.peek().entries.add(new Entry(xml.getAttributeValue(null, "type"), null,
                                intAttr(xml, "minOccurs", 0), intAttr(xml, "maxOccurs", 1)));
                        break;
                    case "elementType":
                        simples.put(xml.getAttributeValue(null, "name"), new SimpleType(
                                xml.getAttributeValue(null, "name"), base(xml.getAttributeValue(null, "base")),
                                intAttr(xml, "minLength", 1), intAttr(xml, "maxLength", 1)));
                        break;
                    case "compositeType":
                        openType = xml.getAttributeValue(null, "name");
                        openIsSegment = false;
                        composites.put(openType, new ArrayList<>());
                        break;
                    case "segmentType":
                        openType = xml.getAttributeValue(null, "name");
                        openIsSegment = true;
                        segmentRefs.put(openType, new ArrayList<>());
                        break;
                    case "element":
                    case "composite":
                    case "any":
                        if (openType != null) {
                            (openIsSegment ? segmentRefs : composites).get(openType).add(new Ref(name,
                                    xml.getAttributeValue(null, "type"), intAttr(xml, "minOccurs", 0),
                                    intAttr(xml, "maxOccurs", 1)));
                        }
                        break;
                    default:
                        break;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("loop".equals(name) || "transaction".equals(name)) {
                    loops.pop();
                } else if ("compositeType".equals(name) || "segmentType".equals(name)) {
                    openType = null;
                }
            }
        }
        if (root == null) {
            throw new IllegalStateException("the 837 schema has no transaction");
        }
        Map<String, SegmentType> segments = new HashMap<>();
        for (Map.Entry<String, List<Ref>> e : segmentRefs.entrySet()) {
            List<Position> positions = new ArrayList<>();
            int anyTail = 0;
            for (Ref ref : e.getValue()) {
                if ("any".equals(ref.kind)) {
                    anyTail += ref.max;
                } else {
                    positions.add(position(ref, simples, composites));
                }
            }
            segments.put(e.getKey(), new SegmentType(e.getKey(), List.copyOf(positions), anyTail));
        }
        return new SchemaModel(root, Map.copyOf(segments));
    }

    private static Position position(Ref ref, Map<String, SimpleType> simples, Map<String, List<Ref>> composites) {
        if ("composite".equals(ref.kind)) {
            List<Ref> parts = composites.get(ref.type);
            if (parts == null) {
                throw new IllegalStateException("837 schema: unknown composite type " + ref.type);
            }
            List<Position> components = new ArrayList<>();
            for (Ref part : parts) {
                components.add(position(part, simples, composites));
            }
            return new Position(null, List.copyOf(components), ref.min > 0, ref.max);
        }
        SimpleType simple = simples.get(ref.type);
        if (simple == null) {
            throw new IllegalStateException("837 schema: unknown element type " + ref.type);
        }
        return new Position(simple, null, ref.min > 0, ref.max);
    }

    private static Base base(String base) {
        switch (base == null ? "string" : base) {
            case "identifier":
                return Base.IDENTIFIER;
            case "numeric":
                return Base.NUMERIC;
            case "decimal":
                return Base.DECIMAL;
            case "date":
                return Base.DATE;
            case "time":
                return Base.TIME;
            default:
                return Base.STRING;
        }
    }

    private static int intAttr(XMLStreamReader xml, String name, int fallback) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
