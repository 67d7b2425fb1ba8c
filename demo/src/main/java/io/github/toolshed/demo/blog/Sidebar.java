package io.github.toolshed.demo.blog;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** What every page's sidebar shows: recent posts and the tag cloud. */
@Component
public class Sidebar {

    private static final int RECENT = 5;

    private final PostRepository posts;

    Sidebar(PostRepository posts) {
        this.posts = posts;
    }

    /**
     * A model and view with the sidebar's values ({@code recent}, {@code tag_cloud}).
     *
     * @param view the view name
     * @return the model and view
     */
    public ModelAndView page(String view) {
        List<Post> all = posts.all();
        return new ModelAndView(view)
                .addObject("recent", all.subList(0, Math.min(RECENT, all.size())))
                .addObject("tag_cloud", posts.tags());
    }
}
