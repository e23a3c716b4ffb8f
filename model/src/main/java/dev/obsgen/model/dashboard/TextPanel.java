package dev.obsgen.model.dashboard;

import java.util.Locale;

/** Static text (Markdown, HTML or code); the only panel kind without queries or a unit. */
public record TextPanel(PanelCommon common, Options options) implements Panel {
    public enum Mode {
        MARKDOWN, HTML, CODE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Options(Mode mode, String content) {
    }

    @Override
    public String type() {
        return "text";
    }

    @Override
    public TextPanel placed(int id, GridPos position) {
        return new TextPanel(common.placed(id, position), options);
    }

    public static final class Builder extends PanelBuilder<Builder, TextPanel> {
        private Mode mode = Mode.MARKDOWN;
        private String content = "";

        Builder(String title) {
            super(title);
            height(4);
        }

        public Builder mode(Mode value) {
            this.mode = value;
            return this;
        }

        public Builder content(String text) {
            this.content = text;
            return this;
        }

        @Override
        public TextPanel build() {
            return new TextPanel(common(), new Options(mode, content));
        }
    }
}
