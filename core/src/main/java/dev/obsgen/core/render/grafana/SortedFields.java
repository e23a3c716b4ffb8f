package dev.obsgen.core.render.grafana;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object's fields in key order, in two arrays. The renderers add most keys in order already, so a put is
 * usually an append; a key out of order is inserted in its place. Cheaper than a tree map for the few keys a JSON
 * object has, and the writer walks it as it stands.
 */
final class SortedFields extends AbstractMap<String, Object> {
    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;

    @Override
    public Object put(String key, Object value) {
        if (size == 0 || keys[size - 1].compareTo(key) < 0) {
            insert(size, key, value);
            return null;
        }
        int at = Arrays.binarySearch(keys, 0, size, key);
        if (at >= 0) {
            Object old = values[at];
            values[at] = value;
            return old;
        }
        insert(-at - 1, key, value);
        return null;
    }

    private void insert(int at, String key, Object value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        keys[at] = key;
        values[at] = value;
        size++;
    }

    private int indexOf(Object key) {
        return key instanceof String text ? Arrays.binarySearch(keys, 0, size, text) : -1;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at >= 0 ? values[at] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object remove(Object key) {
        int at = indexOf(key);
        if (at < 0) {
            return null;
        }
        Object old = values[at];
        removeAt(at);
        return old;
    }

    private void removeAt(int at) {
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        keys[size] = null;
        values[size] = null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    String keyAt(int index) {
        return keys[index];
    }

    Object valueAt(int index) {
        return values[index];
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        int at = last;
                        return new SimpleEntry<>(keys[at], values[at]) {
                            @Override
                            public Object setValue(Object value) {
                                values[at] = value;
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
